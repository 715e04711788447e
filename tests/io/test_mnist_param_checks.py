"""MNISTIter checks batch_size's range, then reads its files, then checks the parts, then the dtype, as MXNet."""
import struct

import pytest

import distnet as mx


@pytest.fixture
def files(tmp_path):
    image, label = tmp_path / "img", tmp_path / "lab"
    image.write_bytes(struct.pack(">iiii", 2051, 6, 2, 2) + bytes(range(24)))
    label.write_bytes(struct.pack(">ii", 2049, 6) + bytes(range(6)))
    return dict(image=str(image), label=str(label))


@pytest.mark.parametrize("batch_size", [0, -1, "-1"])
def test_batch_size_below_one_is_a_range_error(files, batch_size):
    with pytest.raises(mx.MXNetError, match=f"value {int(batch_size)} for Parameter batch_size should be greater equal to 1"):
        mx.io.MNISTIter(batch_size=batch_size, **files)


@pytest.mark.parametrize("parts, index, check", [
    (1, -1, r"param_.part_index >= 0 \(-1 vs. 0\)"),
    (-2, -3, r"param_.part_index >= 0 \(-3 vs. 0\)"),
    (0, 0, r"param_.num_parts > 0 \(0 vs. 0\)"),
    (2, 3, r"param_.num_parts > param_.part_index \(2 vs. 3\)"),
])
def test_part_checks_in_order(files, parts, index, check):
    with pytest.raises(mx.MXNetError, match="Check failed: " + check):
        mx.io.MNISTIter(batch_size=2, num_parts=parts, part_index=index, dtype="int32", **files)


def test_missing_file_is_reported_before_the_parts(files):
    with pytest.raises(mx.MXNetError, match="No such file"):
        mx.io.MNISTIter(batch_size=2, image="nosuch", label=files["label"], part_index=3)


def test_valid_part_reads_its_share(files):
    it = mx.io.MNISTIter(batch_size=2, num_parts=3, part_index=2, shuffle=False, **files)
    assert [b.label[0].asnumpy().tolist() for b in it] == [[4.0, 5.0]]


def test_parts_are_checked_before_the_labels_are_read(files):
    with pytest.raises(mx.MXNetError, match=r"param_.num_parts > 0 \(0 vs. 0\)"):
        mx.io.MNISTIter(batch_size=2, image=files["image"], label="nosuch", num_parts=0)


@pytest.mark.parametrize("which, raw, check", [
    ("image", struct.pack(">ii", 2051, 7), r"fi->Read.* invalid mnist format$"),
    ("label", b"", r"fi->Read.* invalid mnist format$"),
    ("image", struct.pack(">iiii", 2051, 7, 3, 2) + b"\x01" * 10, r"stdimg->Read\(&ch, sizeof\(ch\) != 0\)"),
    ("label", struct.pack(">ii", 2049, 7) + b"\x01" * 3, r"stdlabel->Read\(&ch, sizeof\(ch\) != 0\)"),
])
def test_short_files_fail_mxnets_read_checks(files, tmp_path, which, raw, check):
    broken = tmp_path / "broken"
    broken.write_bytes(raw)
    with pytest.raises(mx.MXNetError, match="Check failed: " + check):
        mx.io.MNISTIter(batch_size=2, **dict(files, **{which: str(broken)}))


def test_parts_are_checked_before_the_image_samples_are_read(files, tmp_path):
    broken = tmp_path / "broken"
    broken.write_bytes(struct.pack(">iiii", 2051, 7, 3, 2) + b"\x01" * 10)
    with pytest.raises(mx.MXNetError, match=r"param_.num_parts > 0"):
        mx.io.MNISTIter(batch_size=2, image=str(broken), label=files["label"], num_parts=0)

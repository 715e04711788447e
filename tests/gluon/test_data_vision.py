"""CIFAR10/CIFAR100 read MXNet's binary batch files from a local folder (downloaded from the data set repository
when missing); ImageRecordDataset reads records."""
import numpy as np
import pytest

from distnet import recordio
from distnet.base import MXNetError, message_of
from distnet.gluon.data.vision import CIFAR10, CIFAR100, ImageFolderDataset, ImageRecordDataset, datasets


@pytest.fixture
def any_sha1(monkeypatch):
    """Stand-in CIFAR files pass the published-SHA-1 check (MXNet's module-level check_sha1, patched)."""
    monkeypatch.setattr(datasets, "check_sha1", lambda path, sha1: True)


@pytest.fixture(autouse=True)
def refused_repo(monkeypatch):
    """A data set repository that refuses connections: every download fails at once (never the internet)."""
    monkeypatch.setenv("MXNET_GLUON_REPO", "http://127.0.0.1:1")


def _write(path, rows):
    rows.astype(np.uint8).tofile(str(path))


def _others(folder, names):
    """Empty stand-ins for the other published files, which must all be there (MXNet checks every one)."""
    for name in names:
        if not (folder / name).exists():
            _write(folder / name, np.zeros(0))


CIFAR10_FILES = [f"data_batch_{i}.bin" for i in range(1, 6)] + ["test_batch.bin"]


def test_cifar10_images_are_hwc_uint8_and_labels_int32(tmp_path, any_sha1):
    rng = np.random.RandomState(0)
    rows = rng.randint(0, 256, size=(3, 3073))
    _write(tmp_path / "test_batch.bin", rows)
    _others(tmp_path, CIFAR10_FILES)
    ds = CIFAR10(root=str(tmp_path), train=False)
    assert len(ds) == 3
    image, label = ds[2]
    assert image.shape == (32, 32, 3) and image.dtype == np.uint8
    np.testing.assert_array_equal(image.asnumpy(), rows[2, 1:].reshape(3, 32, 32).transpose(1, 2, 0))
    assert isinstance(label, np.int32) and label == rows[2, 0]


def test_cifar10_train_concatenates_the_five_batches_in_order(tmp_path, any_sha1):
    for i in range(1, 6):
        _write(tmp_path / f"data_batch_{i}.bin", np.full((1, 3073), i))
    _others(tmp_path, CIFAR10_FILES)
    ds = CIFAR10(root=str(tmp_path), transform=lambda x, y: (x.asnumpy().max(), y))
    assert [ds[i][1] for i in range(5)] == [1, 2, 3, 4, 5]


def test_cifar100_picks_coarse_or_fine_label(tmp_path, any_sha1):
    rows = np.zeros((2, 3074))
    rows[:, 0], rows[:, 1] = (3, 4), (50, 60)
    _write(tmp_path / "train.bin", rows)
    _others(tmp_path, ["test.bin"])
    assert [CIFAR100(root=str(tmp_path))[i][1] for i in range(2)] == [3, 4]
    assert [CIFAR100(root=str(tmp_path), fine_label=True)[i][1] for i in range(2)] == [50, 60]


def test_cifar_missing_files_download_the_archive_into_root(tmp_path, capsys):
    with pytest.raises(ConnectionError):
        CIFAR10(root=str(tmp_path), train=False)
    tries = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Downloading")]
    assert tries == [f"Downloading {tmp_path}/cifar-10-binary.tar.gz from "
                     "http://127.0.0.1:1/gluon/dataset/cifar10/cifar-10-binary.tar.gz..."] * 5


def test_cifar_unpublished_files_are_downloaded_again(tmp_path, capsys):
    _write(tmp_path / "test_batch.bin", np.zeros((1, 3073)))
    with pytest.raises(ConnectionError):
        CIFAR10(root=str(tmp_path), train=False)
    assert "/gluon/dataset/cifar10/cifar-10-binary.tar.gz..." in capsys.readouterr().out


def test_cifar_truncated_file_is_reported(tmp_path, any_sha1):
    _write(tmp_path / "test_batch.bin", np.zeros(100))
    _others(tmp_path, CIFAR10_FILES)
    with pytest.raises(ValueError, match="cannot reshape array of size 100"):
        CIFAR10(root=str(tmp_path), train=False)


def test_image_record_dataset_lengths_and_decode_error(tmp_path):
    rec, idx = str(tmp_path / "a.rec"), str(tmp_path / "a.idx")
    writer = recordio.MXIndexedRecordIO(idx, rec, "w")
    for i in range(4):
        writer.write_idx(i, recordio.pack(recordio.IRHeader(0, float(i), i, 0), b"x"))
    writer.close()
    ds = ImageRecordDataset(rec)
    assert len(ds) == 4
    with pytest.raises(MXNetError) as e:      # the decoder's own words, as MXNet raises them
        ds[1]
    assert message_of(e.value) == "Check failed: !res.empty(): Decoding failed. Invalid image file."


def test_image_folder_dataset_reports_undecodable_files_in_the_decoders_words(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.png").write_bytes(b"garbage")
    (tmp_path / "a" / "y.jpg").write_bytes(b"")
    ds = ImageFolderDataset(str(tmp_path))
    with pytest.raises(MXNetError, match=r"Check failed: !res.empty\(\): Decoding failed"):
        ds[0]
    with pytest.raises(MXNetError, match=r"\(-215:Assertion failed\) !buf.empty\(\) && buf.isContinuous\(\) in "
                                         "function 'imdecode_'$"):      # OpenCV refuses an empty file
        ds[1]


@pytest.mark.parametrize("name", ["MNIST", "FashionMNIST", "CIFAR10", "CIFAR100"])
def test_missing_dataset_files_raise_connection_error_as_mxnets_failed_download(tmp_path, name):
    import distnet as mx
    with pytest.raises(ConnectionError):       # the download fails: the repository refuses connections
        getattr(mx.gluon.data.vision, name)(root=str(tmp_path))


@pytest.mark.parametrize("name", ["MNIST", "CIFAR10"])
def test_missing_root_folder_is_made_before_the_download_fails(tmp_path, name):
    import distnet as mx
    root = tmp_path / "a" / "b"
    with pytest.raises(ConnectionError):
        getattr(mx.gluon.data.vision, name)(root=str(root))
    assert root.is_dir() and not list(root.iterdir())


@pytest.mark.parametrize("name", ["ToTensor", "RandomFlipLeftRight", "RandomFlipTopBottom"])
def test_transforms_without_options_take_no_arguments(name):
    import distnet as mx
    cls = getattr(mx.gluon.data.vision.transforms, name)
    with pytest.raises(TypeError, match=rf"{name}\.__init__\(\) takes 1 positional argument but 2 were given$"):
        cls(1.0)
    assert cls().name.startswith(name.lower())

"""MNISTIter logs what it loaded to stderr as MXNet's core does, unless silent."""
import re
import struct

import pytest

import distnet as mx


@pytest.fixture
def files(tmp_path):
    image, label = tmp_path / "img", tmp_path / "lab"
    image.write_bytes(struct.pack(">iiii", 2051, 6, 2, 3) + bytes(range(36)))
    label.write_bytes(struct.pack(">ii", 2049, 6) + bytes(range(6)))
    return dict(image=str(image), label=str(label))


@pytest.mark.parametrize("kwargs, line", [
    ({}, "iter_mnist.cc:112: MNISTIter: load 6 images, shuffle=1, shape=[2,1,2,3]"),
    ({"shuffle": False, "num_parts": 2, "part_index": 1}, "iter_mnist.cc:112: MNISTIter: load 3 images, shuffle=0, "
                                                          "shape=[2,1,2,3]"),
    ({"flat": True}, "iter_mnist.cc:109: MNISTIter: load 6 images, shuffle=1, shape=(2,6)"),
])
def test_the_load_is_logged_with_the_batch_shape(files, capsys, kwargs, line):
    mx.io.MNISTIter(batch_size=2, **files, **kwargs)
    logged = capsys.readouterr().err
    assert re.fullmatch(r"\[\d\d:\d\d:\d\d\] \.\./src/io/" + re.escape(line) + "\n", logged), logged


def test_silent_logs_nothing(files, capsys):
    mx.io.MNISTIter(batch_size=4, silent=True, **files)
    assert capsys.readouterr().err == ""


def test_a_failed_load_logs_nothing(files, capsys, tmp_path):
    short = tmp_path / "short"
    short.write_bytes(struct.pack(">ii", 2049, 9) + bytes(3))
    with pytest.raises(mx.MXNetError):
        mx.io.MNISTIter(batch_size=4, image=files["image"], label=str(short))
    assert capsys.readouterr().err == ""

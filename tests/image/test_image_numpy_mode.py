"""Under npx.set_np() mx.image reads, decodes and resizes into mx.np arrays, as MXNet's image operators do."""
import struct
import zlib

import numpy as onp
import pytest

import distnet as mx
from distnet import np, npx


def _png(pixels):
    h, w, _ = pixels.shape
    raw = b"".join(b"\x00" + pixels[r].tobytes() for r in range(h))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


PIXELS = onp.arange(4 * 5 * 3, dtype=onp.uint8).reshape(4, 5, 3)


@pytest.fixture
def numpy_mode():
    npx.set_np()
    yield
    npx.reset_np()


def test_readers_answer_with_numpy_arrays(numpy_mode, tmp_path):
    path = tmp_path / "a.png"
    path.write_bytes(_png(PIXELS))
    for img in (mx.image.imread(str(path)), mx.image.imdecode(_png(PIXELS))):
        assert type(img) is np.ndarray and img.dtype == onp.uint8
        assert (img.asnumpy() == PIXELS).all()
    small = mx.image.imresize(np.array(PIXELS, dtype="uint8"), 2, 2)
    assert type(small) is np.ndarray and small.shape == (2, 2, 3)
    assert type(mx.image.resize_short(np.array(PIXELS, dtype="uint8"), 2)) is np.ndarray


def test_legacy_readers_outside_numpy_mode():
    img = mx.image.imdecode(_png(PIXELS))
    assert type(img) is mx.nd.NDArray
    assert type(mx.image.imresize(img, 2, 2)) is mx.nd.NDArray


def test_array_kinds_are_refused_as_mxnet_refuses_them(numpy_mode):
    with pytest.raises(TypeError):          # mx.np operator under set_np given a legacy NDArray
        mx.image.imresize(mx.nd.array(PIXELS, dtype="uint8"), 2, 2)
    with pytest.raises(TypeError):          # copyMakeBorder stays a legacy operator
        mx.image.copyMakeBorder(np.array(PIXELS, dtype="uint8"), 1, 1, 1, 1)


def test_image_iterators_batch_into_numpy_arrays(numpy_mode, tmp_path):
    (tmp_path / "a.png").write_bytes(_png(PIXELS))
    it = mx.image.ImageIter(2, (3, 4, 5), imglist=[[1.5, "a.png"], [2, "a.png"]], path_root=str(tmp_path))
    assert [type(label).__name__ for label, _ in it.imglist.values()] == ["ndarray", "ndarray"]
    batch = it.next()
    assert type(batch.data[0]) is np.ndarray and type(batch.label[0]) is np.ndarray
    assert (batch.data[0].asnumpy()[1] == PIXELS.transpose(2, 0, 1)).all()
    assert batch.label[0].asnumpy().tolist() == [1.5, 2.0]
    det = mx.image.ImageDetIter(1, (3, 4, 5), imglist=[[[2, 5, 1, .1, .2, .5, .6], "a.png"]], path_root=str(tmp_path))
    batch = det.next()
    assert type(batch.data[0]) is np.ndarray and type(batch.label[0]) is np.ndarray

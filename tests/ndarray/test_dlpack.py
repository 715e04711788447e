"""DLPack capsules: NDArrays shared with numpy (and any DLPack consumer) without copies."""
import gc
import sys

import numpy as np
import pytest

import distnet as mx


def test_write_capsule_shares_memory_both_ways():
    a = mx.nd.ones((2, 2))
    b = mx.nd.from_dlpack(a.to_dlpack_for_write())
    b += 1
    assert (a.asnumpy() == 2).all()
    a[:] = 5
    assert (b.asnumpy() == 5).all()


def test_read_capsule_round_trip_keeps_dtype_and_values():
    a = mx.nd.arange(6, dtype="int64").reshape((2, 3))
    b = mx.nd.from_dlpack(mx.nd.to_dlpack_for_read(a))
    assert b.dtype == np.int64 and b.shape == (2, 3) and b.context == mx.cpu(0)
    assert (b.asnumpy() == a.asnumpy()).all()


def test_numpy_strided_tensor_is_viewed_with_its_strides():
    x = np.arange(6, dtype="float64").reshape(2, 3)[:, ::2]
    c = mx.nd.from_dlpack(x.__dlpack__())
    x[0, 0] = 100
    assert c.asnumpy().tolist() == [[100.0, 2.0], [3.0, 5.0]]


def test_a_capsule_is_consumed_once():
    capsule = mx.nd.ones(3).to_dlpack_for_read()
    mx.nd.from_dlpack(capsule)
    with pytest.raises(AssertionError, match="consumed only once"):
        mx.nd.from_dlpack(capsule)
    with pytest.raises(AssertionError):
        mx.nd.from_dlpack(object())


def test_the_producer_is_released_when_the_view_dies():
    x = np.zeros(1000, dtype="float32")
    before = sys.getrefcount(x)
    view = mx.nd.from_dlpack(x.__dlpack__())
    assert sys.getrefcount(x) > before
    del view
    gc.collect()
    assert sys.getrefcount(x) == before


@pytest.mark.parametrize("stype, expected", [("csr", [1.5, 2.0]), ("row_sparse", [[0.0, 1.5], [2.0, 0.0]])])
def test_a_sparse_array_exports_its_stored_values(stype, expected):
    nd = mx.nd
    s = nd.array([[0, 1.5], [0, 0], [2, 0]]).tostype(stype)
    for capsule in (s.to_dlpack_for_read(), s.to_dlpack_for_write(), nd.to_dlpack_for_read(s)):
        y = nd.from_dlpack(capsule)
        assert type(y) is nd.NDArray and y.asnumpy().tolist() == expected

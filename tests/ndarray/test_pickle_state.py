"""An NDArray's pickle state is MXNet's raw record bytes ('handle'), context included; nd.save writes contexts."""
import pickle
import struct

import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError
from distnet.ndarray import serialize


def test_state_is_the_v2_record_with_the_arrays_context():
    raw = nd.array([1., 2.], ctx=mx.cpu(1)).__getstate__()["handle"]
    magic, stype, ndim, dim, dev_type, dev_id, flag = struct.unpack_from("<IiiqiiI", raw)
    assert (magic, stype, ndim, dim, dev_type, dev_id, flag) == (serialize.V2_MAGIC, 0, 1, 2, 1, 1, 0)
    assert np.frombuffer(raw[-8:], np.float32).tolist() == [1., 2.]


@pytest.mark.parametrize("make", [
    lambda: nd.array([[1, 2], [3, 4]], dtype="int64"),
    lambda: nd.array(np.zeros((2, 0))),
    lambda: nd.array([[0, 1], [2, 0]]).tostype("csr"),
    lambda: nd.array([[0, 1], [0, 0]]).tostype("row_sparse"),
])
def test_pickle_round_trip_lands_on_cpu0(make):
    a = make()
    back = pickle.loads(pickle.dumps(a))
    assert type(back) is type(a) and back.dtype == a.dtype and back.context == mx.cpu(0)
    np.testing.assert_array_equal(back.asnumpy(), a.asnumpy())


def test_a_mxnet_state_dict_loads():
    state = {"handle": bytearray(serialize.record_bytes(np.arange(3, dtype=np.float64)))}
    a = nd.NDArray.__new__(nd.NDArray)
    a.__setstate__(state)
    assert a.dtype == np.float64 and a.asnumpy().tolist() == [0., 1., 2.]


def test_the_state_is_a_bytearray_and_bytes_are_refused_as_ctypes_refuses_them():
    state = nd.array([1., 2.]).__getstate__()
    assert type(state["handle"]) is bytearray
    a = nd.NDArray.__new__(nd.NDArray)
    with pytest.raises(TypeError, match="underlying buffer is not writable$"):
        a.__setstate__({"handle": bytes(state["handle"])})
    with pytest.raises(TypeError, match="object of type 'int' has no len"):
        a.__setstate__({"handle": 3})
    a.__setstate__({"handle": memoryview(state["handle"])})     # a writable buffer is taken
    assert a.asnumpy().tolist() == [1., 2.]


@pytest.mark.parametrize("raw", [bytearray(b"abc"), bytearray()])
def test_a_short_state_fails_the_memory_stream_check(raw):
    with pytest.raises(MXNetError, match=r"Check failed: curr_ptr_ \+ size <= buffer_size_: $"):
        nd.NDArray.__new__(nd.NDArray).__setstate__({"handle": raw})


@pytest.mark.parametrize("stype, code", [("csr", 2), ("row_sparse", 1)])
def test_sparse_arrays_do_not_pickle_under_numpy_shapes(stype, code):
    from distnet.util import np_shape
    a = nd.array([[0, 1]]).tostype(stype)
    with np_shape(True), pytest.raises(MXNetError, match=rf"kDefaultStorage \({code} vs. 0\) : only allow serializing"):
        pickle.dumps(a)
    assert type(a.__getstate__()["handle"]) is bytearray


def test_a_legacy_0d_array_unpickles_without_storage():
    a = pickle.loads(pickle.dumps(nd.ones((1,)).reshape(())))
    assert (type(a).__name__, a.shape, a.dtype, a.stype) == ("NDArray", (), None, "undefined")
    with pytest.raises(MXNetError, match="Shape is unknown"):
        a.asnumpy()
    with pytest.raises(MXNetError, match="Unknown storage type-1"):
        pickle.dumps(a)
    with pytest.raises(KeyError):
        a.context


def test_save_writes_each_arrays_context(tmp_path):
    path = str(tmp_path / "a.nd")
    nd.save(path, [nd.ones((1,), ctx=mx.cpu(1)), nd.ones((1,), ctx=mx.cpu_pinned(2))])
    with open(path, "rb") as f:
        raw = f.read()
    first = 24 + struct.calcsize("<Iiiq")
    assert struct.unpack_from("<ii", raw, first) == (1, 1)
    second = first + 12 + 4 + struct.calcsize("<Iiiq")
    assert struct.unpack_from("<ii", raw, second) == (3, 2)


def test_npx_save_writes_each_arrays_context(tmp_path):
    from distnet import np as mnp, npx
    from distnet.util import np_array, np_shape
    path = str(tmp_path / "a.npx")
    with np_shape(True), np_array(True):
        npx.save(path, [mnp.ones((1,), ctx=mx.cpu(1))])
    with open(path, "rb") as f:
        raw = f.read()
    assert struct.unpack_from("<ii", raw, 24 + struct.calcsize("<Iiiq")) == (1, 1)


def test_a_pickle_loads_only_under_the_shape_semantics_it_was_made_in():
    from distnet.util import np_shape
    legacy = pickle.dumps(nd.array([1., 2.]))
    with np_shape(True):
        numpy_shaped = pickle.dumps(nd.array([1., 2.]))
        with pytest.raises(MXNetError, match="ndarray was not saved in np shape semantics, but being loaded"):
            pickle.loads(legacy)
        assert pickle.loads(numpy_shaped).asnumpy().tolist() == [1., 2.]
    with pytest.raises(MXNetError, match="ndarray was saved in np shape semantics, must be loaded in the same"):
        pickle.loads(numpy_shaped)

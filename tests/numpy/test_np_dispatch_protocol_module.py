"""``mx.numpy_dispatch_protocol``, ``mx.np.fallback`` / ``fallback_linalg`` and the NumPy-dispatched functions
whose results MXNet 1.9.1's interoperability workloads check (values measured there)."""
import numpy as onp
import pytest

import distnet as mx
from distnet import np
from distnet.base import MXNetError, message_of


@pytest.fixture(autouse=True)
def _np_semantics():
    with mx.util.np_shape(True), mx.util.np_array(True):
        yield


def test_dispatch_protocol_lists_and_tables():
    from distnet import numpy_dispatch_protocol as proto
    assert len(proto._NUMPY_ARRAY_FUNCTION_LIST) == 105 and len(proto._NUMPY_ARRAY_UFUNC_LIST) == 57
    assert proto._NUMPY_ARRAY_FUNCTION_LIST[:3] == ["all", "any", "sometrue"]
    assert proto._NUMPY_ARRAY_FUNCTION_LIST[-1] == "pad" and "linalg.eigh" in proto._NUMPY_ARRAY_FUNCTION_LIST
    assert proto._NUMPY_ARRAY_UFUNC_LIST[:3] == ["abs", "fabs", "add"]
    assert proto._NUMPY_ARRAY_FUNCTION_DICT[onp.linalg.norm] is np.linalg.norm
    assert proto._NUMPY_ARRAY_FUNCTION_DICT[onp.all] is np.all
    assert proto._NUMPY_ARRAY_UFUNC_DICT["abs"] is np.abs
    assert proto._find_duplicate(["a", "b", "a"]) == "a" and proto._find_duplicate([]) is None


def test_protocol_decorators_drop_results_and_wrap_errors():
    from distnet.numpy_dispatch_protocol import with_array_function_protocol, with_array_ufunc_protocol
    assert with_array_function_protocol(lambda: 5)() is None

    @with_array_ufunc_protocol
    def broken():
        raise ValueError("bad")
    with pytest.raises(RuntimeError, match="Running function broken with NumPy array ufunc protocol failed with "
                                           "exception bad"):
        broken()


def test_fallback_modules():
    assert len(np.fallback.__all__) == 84
    assert np.fallback.__all__[:2] == ["allclose", "alltrue"] and np.fallback.__all__[-1] == "vander"
    assert "hanning" not in np.fallback.__all__ and callable(np.hanning)
    assert np.fallback_linalg.__all__ == ["cond", "lstsq", "matrix_power", "matrix_rank", "multi_dot", "qr"]
    assert np.linalg.cond is np.fallback_linalg.cond


def test_pad_options_as_mxnet_checks_them():
    arr = np.array([[1, 2, 3], [1, 2, 3]])
    out = np.pad(arr, ((1, 1), (1, 1)), mode="reflect", reflect_type="even")
    assert out.asnumpy().tolist() == [[2.0, 1.0, 2.0, 3.0, 2.0]] * 4
    out = np.pad(arr, ((1, 1), (1, 1)), mode="symmetric", reflect_type=None)
    assert out.asnumpy().tolist() == [[1.0, 1.0, 2.0, 3.0, 3.0]] * 4
    refused = [("reflect", dict(reflect_type="odd"), ValueError, "unsupported reflect_type 'odd'"),
               ("maximum", dict(stat_length=2), ValueError, "unsupported stat_length '2'"),
               ("edge", dict(reflect_type="even"), ValueError, r"reflect_type keyword not in allowed keywords \[\]"),
               ("maximum", dict(reflect_type="even"), ValueError, r"keywords \['stat_length'\]"),
               ("constant", dict(constant_values=(1, 2)), TypeError, "unsupported constant_values type")]
    for mode, options, error, words in refused:
        with pytest.raises(error, match=words):
            np.pad(arr, ((1, 1), (1, 1)), mode=mode, **options)


def test_unravel_index_keeps_the_indices_dtype():
    coords = np.unravel_index(indices=np.array([85], dtype="uint8"), shape=(6, 7, 8, 9))
    assert [(c.dtype.name, c.asnumpy().tolist()) for c in coords] == [("uint8", [0]), ("uint8", [1]), ("uint8", [1]),
                                                                      ("uint8", [4])]
    coords = np.unravel_index(np.array(5, dtype="int32"), (2, 3))
    assert [(c.shape, c.dtype.name, int(c)) for c in coords] == [((), "int32", 1), ((), "int32", 2)]
    assert np.unravel_index(5, (2, 3)) == (1, 2)
    with pytest.raises(NotImplementedError):
        np.unravel_index(np.array([5], dtype="int32"), (2, 3), order="F")
    for bad in (np.array([5.0]), np.array([50], dtype="int64")):     # float indices, out of bounds
        coords = np.unravel_index(bad, (2, 3))      # (MXNet's engine runs the custom operator later)
        assert [(c.shape, c.dtype) for c in coords] == [((1,), bad.dtype)] * 2
        with pytest.raises(MXNetError):
            coords[1].asnumpy()
    with pytest.raises(AssertionError):
        np.unravel_index([5], (2, 3))


def test_fallback_results_keep_zero_dims_and_repeat_words():
    assert repr(np.cov(np.array([1.0, 2.0, 4.0]))) == "array(2.33333333, dtype=float64)"
    x = np.linalg.tensorsolve(np.array([[0.5]]), np.array([[2.0]]))     # equal ranks: x takes a's shape
    assert x.shape == (1, 1) and float(x) == 4.0
    with pytest.raises(MXNetError, match=r'in operator repeat\(name="", repeats="\[1, 3\]"\)'):
        np.repeat(np.array([1, 2]), [1, 3])


def test_higher_diff_rounds_as_mxnet_kernel():
    # repeated float32 differences would give -8.611001014709473 first
    assert np.diff(np.array([8.473, 12.918, 8.752, 17.835]), n=2).asnumpy().tolist() == [-8.611000061035156,
                                                                                           13.24899959564209]
    assert np.diff(np.array([1, 4, 9, 16, 25], dtype="int32"), n=3).asnumpy().tolist() == [0, 0]


@pytest.mark.parametrize("dtype, name", [("bool", "bool_"), ("int8", "int8"), ("float32", "float32")])
def test_a_numpy_dtype_result_is_refused_with_numpy_123s_class_name(dtype, name):
    with pytest.raises(TypeError) as e:
        onp.result_type(np.ones((2,), dtype=dtype))
    assert message_of(e.value) == f"Does not support converting <class 'numpy.dtype[{name}]'> to mx.np.ndarray."


@pytest.mark.parametrize("call, name, kinds", [
    (lambda a, o: onp.concatenate([o, a]), "numpy.concatenate", "<class 'numpy.ndarray'>, <class 'mxnet.numpy.ndarray'>"),
    (lambda a, o: onp.where(a > 2, o, a), "numpy.where", "<class 'mxnet.numpy.ndarray'>, <class 'numpy.ndarray'>"),
    (lambda a, o: onp.linalg.solve(a[:, :2], o[0, :2]), "numpy.linalg.solve",
     "<class 'mxnet.numpy.ndarray'>, <class 'numpy.ndarray'>"),
])
def test_mxnets_own_functions_leave_mixed_array_kinds_unanswered(call, name, kinds):
    with pytest.raises(TypeError) as e:
        call(np.array([[1., 5., 2.], [4., 3., 6.]]), onp.ones((2, 3)))
    assert message_of(e.value) == f"no implementation found for '{name}' on types that implement __array_function__: [{kinds}]"

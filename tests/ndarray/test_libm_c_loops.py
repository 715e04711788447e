"""The C library's math functions run in numpy's C loop give the bits of one C call per element."""
import ctypes

import numpy as np

from distnet import nd, util
from distnet.ndarray import ops_elemwise as E

_SAMPLE = np.concatenate([np.linspace(-20, 20, 201), [0.0, -0.0, np.inf, -np.inf, np.nan, 1e-40, -1e-45, 88.8, -104.0,
                                                      3.4e38]]).astype(np.float32)


def _per_element(cname, nargs, ctype):
    f = E._first_version(cname) or getattr(E._LIBM, cname)
    return np.frompyfunc(ctypes.PYFUNCTYPE(ctype, *[ctype] * nargs)(ctypes.cast(f, ctypes.c_void_p).value), nargs, 1)


def _same_bits(a, b):
    return np.array_equal(np.asarray(a, np.float64).view(np.int64), np.asarray(b, np.float64).view(np.int64))


def test_float_functions_match_one_call_per_element_on_any_input_dtype():
    with np.errstate(all="ignore"):
        for cname in ("expf", "tanhf", "logf", "sinf", "erff"):
            want = _per_element(cname, 1, ctypes.c_float)
            got = E._cfunc(cname)
            for x in (_SAMPLE, _SAMPLE.astype(np.float64) * 1.1, _SAMPLE[::3].reshape(-1, 1), _SAMPLE[:0]):
                assert _same_bits(got(x), want(x)), (cname, x.dtype)


def test_double_and_two_argument_functions_match_one_call_per_element():
    wide = _SAMPLE.astype(np.float64) * 1.1
    with np.errstate(all="ignore"):
        assert _same_bits(E._cfunc("tanh", 1, ctypes.c_double)(wide), _per_element("tanh", 1, ctypes.c_double)(wide))
        for ctype, cname, x in ((ctypes.c_float, "powf", _SAMPLE), (ctypes.c_double, "pow", wide)):
            y = x[::-1].copy()
            assert _same_bits(E._cfunc(cname, 2, ctype)(x, y), _per_element(cname, 2, ctype)(x, y))


def test_tiny_arrays_keep_their_shape_and_dtype():
    with util.np_shape(True):      # a 0-d legacy array is an unknown shape without NumPy shape semantics
        x = nd.array(np.float32(0.5))
        r = nd.exp(x)
    assert r.shape == () and r.dtype == np.float32
    assert _same_bits(r.asnumpy(), _per_element("expf", 1, ctypes.c_float)(np.float32(0.5)))
    m = nd.tanh(nd.array([[1.0, -2.0], [3.0, 100.0]]))
    assert m.shape == (2, 2) and m.dtype == np.float32
    assert _same_bits(m.asnumpy(), _per_element("tanhf", 1, ctypes.c_float)(np.array([[1, -2], [3, 100]], np.float32)))

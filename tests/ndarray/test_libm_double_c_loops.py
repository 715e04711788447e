"""float64 math functions give the C library's double results bit for bit at any array size, as MXNet 1.9.1's
one C call per element does (arrays above 2048 elements once took numpy's functions instead)."""
import ctypes
import hashlib

import numpy as np

from distnet import nd, util
from distnet.ndarray import ops_elemwise as E

_WIDE, _POS, _UNIT = np.linspace(-3, 3, 5000), np.linspace(0.01, 30, 5000), np.linspace(-1, 1, 5000)
_SPECIAL = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, -5e-324, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0,
                     1e300, -1e300, 2.5, -2.5, 1e-300])
# sha256 (first 16 hex digits) of MXNet 1.9.1's float64 results on 5000-element arrays
_MXNET_UNARY = {
    "tanh": (_WIDE, "70dfae61793defd9"), "exp": (_WIDE * 200, "f37244f49ab216e2"), "expm1": (_WIDE, "cbf867a2d318afb3"),
    "sin": (_WIDE * 1e3, "02bbb838295c7944"), "cos": (_WIDE * 1e3, "ff991ad287eeed1b"), "tan": (_WIDE, "198606d1a6711a53"),
    "arctan": (_WIDE, "d4a9b9cef519358b"), "sinh": (_WIDE * 100, "08fcf65af4fc56a0"), "cosh": (_WIDE, "335938e567cae860"),
    "arcsinh": (_WIDE, "f283dd45b4c81548"), "log": (_POS, "15b9ca3710bf3d04"), "log2": (_POS, "07b903afa6772782"),
    "log10": (_POS, "b939c7212c124b80"), "log1p": (_POS - 0.5, "e1c49a11b9b14ba6"), "cbrt": (_WIDE, "80f0dab2abfb220e"),
    "arcsin": (_UNIT, "7b800511f2d98c07"), "arccos": (_UNIT, "b3af8c74db46bf90"), "arctanh": (_UNIT, "7b5680d0ce144a92"),
    "arccosh": (_POS + 1, "189e03db8a1fcf1c"), "sigmoid": (_WIDE * 10, "d50012ca6e841888"),
    "rcbrt": (_POS, "a92db906a60ab8ca"), "gamma": (_WIDE, "0fb3f1636c344c9b"), "gammaln": (_WIDE, "4cd92d3eb8783051"),
}


def _digest(a):
    return hashlib.sha256(np.ascontiguousarray(a).tobytes()).hexdigest()[:16]


def _same_bits(a, b):
    return np.array_equal(np.asarray(a, np.float64).view(np.int64), np.asarray(b, np.float64).view(np.int64))


def _per_element(cname, nargs=1):
    f = E._first_version(cname) or getattr(E._LIBM, cname)
    call = ctypes.PYFUNCTYPE(*[ctypes.c_double] * (nargs + 1))(ctypes.cast(f, ctypes.c_void_p).value)
    return lambda *xs: np.asarray(np.frompyfunc(call, nargs, 1)(*xs), np.float64)


def test_unary_double_functions_match_mxnet_above_2048_elements():
    for op, (x, want) in _MXNET_UNARY.items():
        got = getattr(nd, op)(nd.array(x, dtype="float64")).asnumpy()
        assert got.dtype == np.float64 and _digest(got) == want, op


def test_gamma_of_large_arrays_is_the_c_librarys_not_pythons():
    got = nd.gamma(nd.array(_WIDE, dtype="float64")).asnumpy()[[1, 2, 3]]
    want = [float.fromhex(h) for h in ("-0x1.162450072d4c9p+7", "-0x1.1690351b2514ap+6", "-0x1.73fb6ef24ff6fp+5")]
    assert _same_bits(got, want)        # (math.gamma: ...4c8p+7, ...514bp+6, ...ff70p+5)
    got = nd.gammaln(nd.array(_WIDE, dtype="float64")).asnumpy()[[1, 2, 3]]
    want = [float.fromhex(h) for h in ("0x1.3bd6c74d78640p+2", "0x1.0f93101112a89p+2", "0x1.eb719a1ed4fbbp+1")]
    assert _same_bits(got, want)


def test_double_power_matches_mxnet_on_special_values_and_scalars():
    a, b = [np.tile(v.ravel(), 8) for v in np.meshgrid(_SPECIAL, _SPECIAL)]
    assert _digest(nd.power(nd.array(a, dtype="float64"), nd.array(b, dtype="float64")).asnumpy()) == "87ca80da46d67572"
    assert _digest((nd.array(_POS, dtype="float64") ** 2.7).asnumpy()) == "a7e20e9e01f4dee1"
    assert _digest((1.3 ** nd.array(_WIDE * 100, dtype="float64")).asnumpy()) == "3a6f9342cfcc7a7c"
    r = nd.broadcast_power(nd.array(_POS[:100].reshape(-1, 1), dtype="float64"),
                           nd.array(_WIDE[:50].reshape(1, -1), dtype="float64"))
    assert r.shape == (100, 50) and r.dtype == np.float64 and _digest(r.asnumpy()) == "57214e694d9da602"


def test_every_size_and_special_value_is_one_c_call_per_element():
    rng = np.random.default_rng(0)
    with np.errstate(all="ignore"):
        for n in (1, 2048, 2049, 5000):
            x = np.concatenate([_SPECIAL, np.exp(rng.uniform(-700, 700, n)) * rng.choice([-1, 1], n)])
            for op, cname in (("tanh", "tanh"), ("exp", "exp"), ("log", "log"), ("sin", "sin"), ("arcsin", "asin")):
                got = getattr(nd, op)(nd.array(x, dtype="float64")).asnumpy()
                assert _same_bits(got, _per_element(cname)(x)), (op, n)
            y = x[::-1].copy()
            assert _same_bits(nd.power(nd.array(x, dtype="float64"), nd.array(y, dtype="float64")).asnumpy(),
                              _per_element("pow", 2)(x, y)), n


def test_zero_dim_and_float32_inputs_keep_their_dtype():
    with util.np_shape(True):      # a 0-d legacy array is an unknown shape without NumPy shape semantics
        r = nd.exp(nd.array(np.float64(0.5), dtype="float64"))
    assert r.shape == () and r.dtype == np.float64 and _same_bits(r.asnumpy(), _per_element("exp")(0.5))
    x = (_WIDE[:3000] * 30).astype(np.float32)
    f = nd.exp(nd.array(x, dtype="float32")).asnumpy()
    expf = ctypes.PYFUNCTYPE(ctypes.c_float, ctypes.c_float)(ctypes.cast(E._first_version("expf") or E._LIBM.expf,
                                                                          ctypes.c_void_p).value)
    assert f.dtype == np.float32 and np.array_equal(f, np.array([expf(v) for v in x.tolist()], np.float32))


def test_double_log2_log10_and_power_gradients_match_mxnet():
    from distnet import autograd
    x0, y0, dy0 = np.linspace(0.05, 3, 2049), np.linspace(-3, 3, 2049), np.linspace(-1, 1, 2049)
    want = {"log2": ("f91e362a1f42010a", None), "log10": ("09863bc0e2835e61", None),     # dy * (log2(e) / x), ...
            "power": ("20a403762654f945", "d3dc7a0a3c4f16ec")}
    for op, (want_x, want_y) in want.items():
        x, y = nd.array(x0, dtype="float64"), nd.array(y0, dtype="float64")
        x.attach_grad()
        y.attach_grad()
        with autograd.record():
            z = nd.power(x, y) if op == "power" else getattr(nd, op)(x)
        z.backward(nd.array(dy0, dtype="float64"))
        assert x.grad.dtype == np.float64 and _digest(x.grad.asnumpy()) == want_x, op
        assert want_y is None or _digest(y.grad.asnumpy()) == want_y, op

"""The vectorised glibc steps of libm_wide (and the operators using them) give the C library's float bits."""
import numpy as np
import pytest

import distnet as mx
from distnet.ndarray import fdlibm, libm_special, libm_trig, libm_wide
from distnet.ndarray.ops_elemwise import _cfunc, _expf, _first_version

pytestmark = pytest.mark.skipif(_cfunc("logf") is None, reason="no loadable C math library")


def _samples(seed):
    """About 9000 float32s over every range: random bits, near 1, subnormals, huge, powers of two, edges."""
    rng = np.random.RandomState(seed)
    n = 1500
    parts = [rng.randint(0, 2 ** 32, n, dtype=np.uint64).astype(np.uint32).view(np.float32),
             1 + rng.uniform(-0.05, 0.05, n), rng.uniform(-1, 1, n), rng.uniform(-100, 100, n),
             np.exp(rng.uniform(-100, 89, n)) * rng.choice([-1, 1], n), rng.uniform(-2.0 ** -126, 2.0 ** -126, 300),
             np.float32(2) ** np.arange(-149, 128), -np.float32(2) ** np.arange(-149, 128, 7),
             [0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, -np.nan, 0.5, -0.5, 0.975, 0.4375, 2.4375, 22.0, -22.0,
              88.72, 89.4, -89.4, 0.41422, -0.29289, 2.0 ** -29, 2.0 ** 25, 1e-45, -1e-45, 3.4028235e38]]
    return np.concatenate([np.asarray(p, np.float32) for p in parts])


def _same_bits(want, got):
    assert want.dtype == got.dtype == np.float32
    bad = want.view(np.uint32) != got.view(np.uint32)
    assert not bad.any(), (np.nonzero(bad)[0][:5], want[bad][:5], got[bad][:5])


_REPLICAS = {
    "logf": lambda x: libm_wide.logf(x).astype(np.float32),
    "log2f": lambda x: libm_wide.log2f(x).astype(np.float32),
    "log10f": libm_wide.log10f, "log1pf": libm_wide.log1pf, "atanf": libm_trig.atanf, "asinf": libm_trig.asinf,
    "acosf": libm_trig.acosf, "cbrtf": libm_special.cbrtf,
    "sinhf": lambda x: libm_special.sinhf(x, _expf, fdlibm.expm1f),
    "coshf": lambda x: libm_special.coshf(x, _expf, fdlibm.expm1f),
    "erff": lambda x: libm_special.erff(x, _expf), "tanf": libm_trig.tanf,
    "asinhf": libm_wide.asinhf, "acoshf": libm_wide.acoshf, "atanhf": libm_wide.atanhf,
    "lgammaf": lambda x: libm_special.lgammaf(x, _cfunc("lgammaf")),
}


@pytest.mark.parametrize("name", sorted(_REPLICAS))
def test_replica_bits_equal_the_c_function(name):
    x = _samples(len(name))
    with np.errstate(all="ignore"):
        _same_bits(np.asarray(_cfunc(name)(x), np.float32), _REPLICAS[name](x))


def test_log_of_many_values_near_one():
    """Near 1 numpy's float64 log, rounded, differs from logf; the replica must not."""
    x = (1 + np.random.RandomState(0).uniform(-1e-3, 1e-3, 8000)).astype(np.float32)
    want = np.asarray(_cfunc("logf")(x), np.float32)
    assert (np.log(x.astype(np.float64)).astype(np.float32) != want).any()      # the case is a real one
    _same_bits(want, libm_wide.logf(x).astype(np.float32))
    _same_bits(np.asarray(_cfunc("log2f")(x), np.float32), libm_wide.log2f(x).astype(np.float32))


@pytest.mark.parametrize("op,cname,low,high", [
    ("log", "logf", 0.001, 50), ("log2", "log2f", 0.5, 2), ("log10", "log10f", 0.001, 1e6), ("log1p", "log1pf", -0.9, 9),
    ("arctan", "atanf", -5, 5), ("arcsin", "asinf", -1, 1), ("arccos", "acosf", -1, 1), ("sinh", "sinhf", -30, 30),
    ("cosh", "coshf", -30, 30), ("cbrt", "cbrtf", -1e4, 1e4), ("exp", "expf", -80, 80), ("erf", "erff", -4, 4),
    ("tan", "tanf", -300, 300), ("arcsinh", "asinhf", -50, 50), ("arccosh", "acoshf", 1, 50),
    ("arctanh", "atanhf", -1, 1), ("sin", "sinf", -1e4, 1e4), ("cos", "cosf", -200, 200),
    ("gammaln", "lgammaf", 0, 40), ("gamma", "tgammaf", 0, 36)])
def test_operator_on_a_large_array_gives_c_bits(op, cname, low, high):
    x = np.random.RandomState(3).uniform(low, high, 70000).astype(np.float32)
    got = getattr(mx.nd, op)(mx.nd.array(x)).asnumpy()
    pick = np.random.RandomState(4).choice(x.size, 4000, replace=False)      # C is slow: check a sample
    _same_bits(np.asarray(_cfunc(cname)(x[pick]), np.float32), got[pick])


def test_log_of_a_negative_is_a_positive_nan_as_in_mxnet():
    """MXNet links glibc's first logf, whose wrapper returns +NaN (the current symbol gives -NaN)."""
    if _first_version("logf") is None:
        pytest.skip("no versioned C math library")
    for n in (5, 300, 5000):
        x = mx.nd.array(np.resize(np.array([-1.0, -2.5, 2.0], np.float32), n))
        for op in ("log", "log2"):
            y = getattr(mx.nd, op)(x).asnumpy().view(np.uint32)
            assert y[0] == y[1] == 0x7fc00000, (op, n, hex(y[0]))


@pytest.mark.parametrize("op,cname", [("sin", "sinf"), ("cos", "cosf"), ("tan", "tanf")])
def test_trigonometry_next_to_multiples_of_half_pi(op, cname):
    """Where x - n pi/2 cancels, the reduction's fused multiply-add decides the last bits."""
    centres = (np.arange(1, 77) * np.pi / 2).astype(np.float32).view(np.int32)
    x = (centres[:, None] + np.arange(-40, 40)[None, :]).ravel().view(np.float32)
    x = np.concatenate([x, -x])
    got = getattr(mx.nd, op)(mx.nd.array(x)).asnumpy()
    _same_bits(np.asarray(_cfunc(cname)(x), np.float32), got)


@pytest.mark.parametrize("op,cname", [("sin", "sinf"), ("cos", "cosf"), ("log", "logf"), ("exp", "expf"),
                                     ("gamma", "tgammaf"), ("gammaln", "lgammaf")])
def test_operator_over_every_range_keeps_c_bits_and_nans(op, cname):
    x = _samples(5)
    with np.errstate(all="ignore"):
        want = np.asarray(_cfunc(cname)(x), np.float32)
    _same_bits(want, getattr(mx.nd, op)(mx.nd.array(x)).asnumpy())


def test_float64_tanh_of_a_large_array_gives_the_c_bits():
    import ctypes
    x = np.concatenate([np.random.RandomState(6).uniform(-25, 25, 6000), [0.0, -0.0, np.inf, -np.inf, 1e-300, -1.0]])
    got = mx.nd.tanh(mx.nd.array(x, dtype="float64")).asnumpy()
    want = np.asarray(_cfunc("tanh", 1, ctypes.c_double)(x), np.float64)
    assert (got.view(np.int64) == want.view(np.int64)).all()

"""Elementwise, scalar and reduction operators: forward against numpy, backward against finite differences."""
import math

import numpy as np
import pytest
from opcheck import Case, run_case

rng = np.random.RandomState(7)
POS = rng.uniform(0.5, 2.0, (2, 3))          # log, sqrt, power: positive inputs
UNIT = rng.uniform(-0.9, 0.9, (2, 3))        # arcsin, arctanh, erfinv: inside (-1, 1)
ABOVE1 = rng.uniform(1.2, 3.0, (2, 3))       # arccosh
AWAY = rng.choice([-1, 1], (2, 3)) * rng.uniform(0.1, 0.9, (2, 3))   # kinked ops: away from 0


def _erf(x):
    return np.vectorize(math.erf)(x)


UNARY = {
    "negative": (AWAY, np.negative), "abs": (AWAY, np.abs), "sign": (AWAY, np.sign),
    "sqrt": (POS, np.sqrt), "rsqrt": (POS, lambda x: 1 / np.sqrt(x)), "cbrt": (POS, np.cbrt),
    "rcbrt": (POS, lambda x: 1 / np.cbrt(x)), "square": ((2, 3), np.square),
    "reciprocal": (POS, np.reciprocal), "exp": ((2, 3), np.exp), "expm1": ((2, 3), np.expm1),
    "log": (POS, np.log), "log2": (POS, np.log2), "log10": (POS, np.log10), "log1p": (POS, np.log1p),
    "sin": ((2, 3), np.sin), "cos": ((2, 3), np.cos), "tan": ((2, 3), np.tan),
    "arcsin": (UNIT, np.arcsin), "arccos": (UNIT, np.arccos), "arctan": ((2, 3), np.arctan),
    "sinh": ((2, 3), np.sinh), "cosh": ((2, 3), np.cosh), "tanh": ((2, 3), np.tanh),
    "arcsinh": ((2, 3), np.arcsinh), "arccosh": (ABOVE1, np.arccosh), "arctanh": (UNIT, np.arctanh),
    "degrees": ((2, 3), np.degrees), "radians": ((2, 3), np.radians),
    "sigmoid": ((2, 3), lambda x: 1 / (1 + np.exp(-x))), "relu": (AWAY, lambda x: np.maximum(x, 0)),
    "softsign": ((2, 3), lambda x: x / (1 + np.abs(x))), "erf": ((2, 3), _erf),
    "erfinv": (UNIT, None), "floor": (AWAY * 3, np.floor), "ceil": (AWAY * 3, np.ceil),
    "round": (AWAY * 3, np.round), "rint": (AWAY * 3, np.rint), "fix": (AWAY * 3, np.fix),
    "trunc": (AWAY * 3, np.trunc), "identity": ((2, 3), lambda x: x), "Flatten": ((2, 3, 2), lambda x: x.reshape(2, 6)),
    "_copyto": ((2, 3), lambda x: x),
}

BINARY = {
    "broadcast_add": np.add, "broadcast_sub": np.subtract, "broadcast_mul": np.multiply,
    "broadcast_div": np.divide, "broadcast_maximum": np.maximum, "broadcast_minimum": np.minimum,
    "broadcast_hypot": np.hypot,
}

SCALAR = {
    "_plus_scalar": lambda x, s: x + s, "_minus_scalar": lambda x, s: x - s,
    "_rminus_scalar": lambda x, s: s - x, "_mul_scalar": lambda x, s: x * s,
    "_div_scalar": lambda x, s: x / s, "_rdiv_scalar": lambda x, s: s / x,
    "_mod_scalar": np.mod, "_rmod_scalar": lambda x, s: np.mod(s, x),
    "_power_scalar": np.power, "_rpower_scalar": lambda x, s: s ** x,
    "_maximum_scalar": np.maximum, "_minimum_scalar": np.minimum, "_hypot_scalar": np.hypot,
}

COMPARE = {
    "broadcast_equal": np.equal, "broadcast_not_equal": np.not_equal, "broadcast_greater": np.greater,
    "broadcast_greater_equal": np.greater_equal, "broadcast_lesser": np.less, "broadcast_lesser_equal": np.less_equal,
    "broadcast_logical_and": np.logical_and, "broadcast_logical_or": np.logical_or,
    "broadcast_logical_xor": np.logical_xor,
}
COMPARE_SCALAR = {"_equal_scalar": np.equal, "_not_equal_scalar": np.not_equal, "_greater_scalar": np.greater,
                  "_greater_equal_scalar": np.greater_equal, "_lesser_scalar": np.less,
                  "_lesser_equal_scalar": np.less_equal, "_logical_and_scalar": np.logical_and,
                  "_logical_or_scalar": np.logical_or, "_logical_xor_scalar": np.logical_xor}
ELEMWISE = {"elemwise_add": np.add, "elemwise_sub": np.subtract, "elemwise_mul": np.multiply,
            "elemwise_div": np.divide, "_maximum": np.maximum, "_minimum": np.minimum, "_hypot": np.hypot,
            "_mod": np.mod, "_power": np.power}
# the internal same-shape comparisons (1/0 in the input's dtype, zero gradients)
SAME_SHAPE_COMPARE = {"_" + name[len("broadcast_"):]: fn for name, fn in COMPARE.items()}

REDUCE = {"sum": np.sum, "mean": np.mean, "prod": np.prod, "nansum": np.nansum, "nanprod": np.nanprod, "max": np.max, "min": np.min}

CASES = (
    [Case(name, x, ref=ref) for name, (x, ref) in UNARY.items()]
    + [Case(name, (2, 3), (1, 3), ref=fn) for name, fn in BINARY.items()]
    + [Case(name, (2, 3), (1, 3), ref=lambda a, b, fn=fn: fn(a, b).astype(a.dtype)) for name, fn in COMPARE.items()]
    + [Case(name, POS, scalar=1.3, ref=lambda x, fn=fn: fn(x, 1.3).astype(x.dtype))
       for name, fn in COMPARE_SCALAR.items()]
    + [Case(name, (2, 3), POS, ref=fn) for name, fn in ELEMWISE.items() if name not in ("_mod", "_power")]
    + [Case("_mod", POS * 3, ABOVE1, ref=np.mod), Case("_power", POS, (2, 3), ref=np.power)]
    + [Case(name, (2, 3), (2, 3), ref=lambda a, b, fn=fn: fn(a, b).astype(a.dtype))
       for name, fn in SAME_SHAPE_COMPARE.items()]
    + [Case("_identity_with_attr_like_rhs", (2, 3), (2, 3), ref=lambda a, b: a)]
    + [Case("gamma", POS * 2, ref=lambda x: np.vectorize(math.gamma)(x)),
       Case("gammaln", POS * 2, ref=lambda x: np.vectorize(math.lgamma)(x)),
       Case("gammaln", -POS + 0.25, ref=lambda x: np.vectorize(math.lgamma)(x), label="negative")]
    + [Case("broadcast_mod", POS * 3, ABOVE1, ref=np.mod),
       Case("broadcast_power", POS, (2, 3), ref=np.power)]
    + [Case(name, POS * 1.7, scalar=1.3, ref=lambda x, fn=fn: fn(x, 1.3)) for name, fn in SCALAR.items()]
    + [Case(name, (2, 3, 2), ref=lambda x, fn=fn: fn(x, axis=(0, 2)), axis=(0, 2))
       for name, fn in REDUCE.items()]
    + [Case("sum", (2, 3), axis=1, keepdims=True, ref=lambda x: x.sum(1, keepdims=True), label="keepdims"),
       Case("mean", (2, 3, 2), axis=1, exclude=True, ref=lambda x: x.mean((0, 2)), label="exclude"),
       Case("norm", (2, 3), ref=lambda x: np.sqrt((x * x).sum()).reshape(1)),
       Case("norm", (2, 3), ord=1, axis=1, ref=lambda x: np.abs(x).sum(1), label="l1"),
       Case("clip", (2, 3), a_min=-0.5, a_max=0.5, ref=lambda x: np.clip(x, -0.5, 0.5)),
       Case("where", np.array([[1, 0, 1], [0, 0, 1]], dtype=np.int32), (2, 3), (2, 3),
            ref=lambda c, x, y: np.where(c, x, y)),
       Case("smooth_l1", AWAY * 2, scalar=1.5,
            ref=lambda x: np.where(np.abs(x) < 1 / 2.25, 0.5 * 2.25 * x * x, np.abs(x) - 0.5 / 2.25)),
       Case("add_n", (2, 3), (2, 3), (2, 3), ref=lambda a, b, c: a + b + c),
       Case("Cast", (2, 3), dtype="float64", ref=lambda x: x),
       Case("reshape", (2, 3, 2), shape=(0, -1), ref=lambda x: x.reshape(2, 6)),
       Case("transpose", (2, 3, 4), axes=(1, 2, 0), ref=lambda x: x.transpose(1, 2, 0)),
       Case("expand_dims", (2, 3), axis=1, ref=lambda x: x[:, None])]
)


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_op(case):
    run_case(case)


def test_erfinv_inverts_erf():
    from distnet import nd
    x = nd.array(UNIT)
    np.testing.assert_allclose(nd.erf(nd.erfinv(x)).asnumpy(), UNIT.astype(np.float32), rtol=1e-4, atol=1e-5)


def _unary_inputs():
    rng = np.random.RandomState(0)
    x = rng.uniform(-3, 3, 2000).astype(np.float32)
    pos = rng.uniform(0.01, 5, 2000).astype(np.float32)
    unit = rng.uniform(-0.99, 0.99, 2000).astype(np.float32)
    return {"exp": x, "expm1": x, "log": pos, "log2": pos, "log10": pos, "sin": x, "cos": x, "tan": unit,
            "arcsin": unit, "arccos": unit, "arctan": x, "tanh": x, "cosh": x, "cbrt": pos, "sigmoid": x,
            "erf": x, "rsqrt": pos, "softsign": x}


# Fraction of 2000 float32 results allowed to differ from MXNet's in the last bit: none, since both
# use the C library's float functions (arrays this small call them for every element).
LAST_BIT_BUDGET = dict.fromkeys(["exp", "rsqrt", "softsign", "sigmoid", "log", "log2", "sin", "cos", "erf", "tan",
                                 "arcsin", "arccos", "arctan", "expm1", "cbrt", "tanh", "log10", "cosh"], 0.0)


@pytest.mark.parametrize("name", sorted(LAST_BIT_BUDGET))
def test_float32_unary_results_agree_with_mxnet_to_the_bit(name):
    import os
    from distnet import nd
    ref = np.load(os.path.join(os.path.dirname(__file__), "data", "unary_mxnet_1.9.1.npz"))[name]
    got = getattr(nd, name)(nd.array(_unary_inputs()[name])).asnumpy()
    assert got.dtype == np.float32
    ulps = np.abs(got.view(np.int32).astype(np.int64) - ref.view(np.int32).astype(np.int64))
    assert ulps.max() <= (2 if name in ("log10", "tanh") else 1), f"{name}: {ulps.max()} ulps from MXNet"
    assert (ulps > 0).mean() <= LAST_BIT_BUDGET[name], f"{name}: {(ulps > 0).mean():.4f} differ in the last bit"


def test_l2_norm_follows_mxnets_float32_steps():
    """MXNet 1.9.1's values on these inputs (a scaled sum of squares, accumulated in float32)."""
    from distnet import nd
    rng = np.random.RandomState(0)
    expected = [[4.4910569190979], [7.333986282348633],
                [4.463506698608398, 3.5671019554138184, 4.30139684677124, 3.351579189300537, 4.9542107582092285],
                [3.6857876777648926, 3.5445470809936523, 5.540261268615723, 3.312037944793701, 4.387135982513428,
                 3.4216771125793457, 3.9674510955810547],
                [4.9399213790893555, 4.80622673034668, 4.6432576179504395], [13.939061164855957],
                [17.45405387878418]]
    for (shape, axis), want in zip([((12,), None), ((3, 4), None), ((5, 7), 1), ((5, 7), 0), ((2, 3, 4), (0, 2)),
                                    ((64,), None), ((100,), None)], expected):
        x = nd.array(rng.uniform(-3, 3, shape).astype(np.float32))
        assert x.norm(axis=axis).asnumpy().tolist() == want
    assert nd.arange(12).norm().asscalar() == np.float32(22.494442)


def test_mxnet_specific_elementwise_values():
    """Values measured from MXNet 1.9.1 where it differs from numpy."""
    from distnet import nd
    from distnet.base import MXNetError
    a = nd.array([3.0, -1.0])
    assert np.signbit((a % -1).asnumpy()).tolist() == [False, True]   # fmod-based zero signs
    assert (nd.array([1.0, -2.0]) % 0).asnumpy().tolist() == [0.0, 0.0]
    assert (-1 % nd.array([0.5])).asnumpy().tolist() == [0.0] and not np.signbit((-1 % nd.array([0.5])).asnumpy())[0]
    assert nd.broadcast_hypot(nd.array([7, 2], dtype="int32"), nd.array([2, 3], dtype="int32")).asnumpy().tolist() == [7, 3]
    assert nd.clip(nd.array([-2.5, 0.3, 3.7]), 2, 1).asnumpy().tolist() == [2.0, 2.0, 1.0]
    assert nd.clip(nd.array([1, 5, 9], dtype="int32"), 2.5, 7.5).asnumpy().tolist() == [2, 5, 7]
    assert nd.where(nd.array([1, 0]), nd.ones((2, 3)), nd.zeros((2, 3))).asnumpy().tolist() == [[1] * 3, [0] * 3]
    with pytest.raises(MXNetError):
        nd.where(nd.array([1, 0, 1]), nd.ones((2, 3)), nd.zeros((2, 3)))
    with pytest.raises(MXNetError):
        nd.elemwise_add(nd.ones((2, 3)), nd.ones((2, 1)))
    assert nd.erf(nd.array([4, 9], dtype="int32")).asnumpy().tolist() == [0, 1]      # double math, truncated
    assert nd.exp(nd.array([9], dtype="uint8")).asnumpy().tolist() == [167]
    assert nd.degrees(nd.array([1.0], dtype="float64")).asnumpy().tolist() == [57.2957763671875]
    assert nd.erfinv(nd.array([-1.0, 1.0])).asnumpy().tolist() == [-np.inf, np.inf]
    assert not hasattr(nd, "hypot")


def test_mxnet_specific_reduction_values():
    """Tie gradients, norm's out_dtype and argmax_channel's axis as MXNet 1.9.1 has them."""
    from distnet import autograd, nd
    from distnet.base import MXNetError
    p = nd.array([[1.0, 5.0, 5.0]])
    p.attach_grad()
    with autograd.record():
        y = nd.max(p)
    y.backward()
    assert p.grad.asnumpy().tolist() == [[0.0, 1.0, 1.0]]
    wide = nd.norm(nd.ones((2,)), out_dtype="float64")     # MXNet infers (1,) float64; its kernel fails on reading
    assert wide.shape == (1,) and wide.dtype == np.float64
    with pytest.raises(MXNetError):
        wide.asnumpy()
    assert nd.argmax_channel(nd.array(np.arange(24.0).reshape(2, 3, 4))).shape == (2, 4)


def test_integer_power_and_gamma_poles_as_mxnet():
    """Integer powers go through double pow and truncate; gamma at its poles gives the C library's answers."""
    from distnet import nd
    i = nd.array([-3, -1, 0, 2, 5], dtype="int32")
    assert (i ** -1.5).asnumpy().tolist() == [0, -1, -2147483648, 0, 0]      # the scalar is cast to -1 first
    assert (nd.array([0, 1, 2, 255], dtype="uint8") ** 255).asnumpy().tolist() == [0, 1, 0, 0]
    assert nd.square(nd.array([50000], dtype="int32")).asnumpy().tolist() == [-2147483648]
    big = nd.array(np.concatenate([[-2.0, 0.0, 3.0], np.linspace(1, 2, 3000)]))
    g = nd.gamma(big).asnumpy()
    assert np.isnan(g[0]) and g[1] == np.inf and g[2] == np.float32(2.0000002)      # tgammaf(3), as MXNet
    assert nd.gammaln(big).asnumpy()[0] == np.inf


@pytest.mark.parametrize("name", [n for n in [*ELEMWISE, *SAME_SHAPE_COMPARE] if n.startswith("_")])
def test_internal_binary_ops_take_one_shape(name):
    from distnet import nd
    from distnet.base import MXNetError
    with pytest.raises(MXNetError, match=r"Incompatible attr in node  at 1-th input: expected \[2,3\], got \[1,3\]"):
        getattr(nd._internal, name)(nd.ones((2, 3)), nd.ones((1, 3)))


@pytest.mark.parametrize("n", [3, 14, 40])
def test_half_mod_of_a_negative_number_by_nan_keeps_the_negated_nan(n):
    # the kernel negates fmod(|a|, nan) for a < 0 and adds the NaN divisor: the first NaN wins, whatever the length
    from distnet import nd
    x = nd.array(np.full(n, -1.5), dtype="float16")
    r = (x % nd.full((n,), np.nan, dtype="float16")).asnumpy()
    assert np.isnan(r).all() and np.signbit(r).all()

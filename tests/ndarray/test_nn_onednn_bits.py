"""ops_nn against MXNet 1.9.1's float bits: oneDNN's eltwise tanh/logistic/soft_relu/elu/gelu and softmax
(float32 of 1 to 5 dimensions, softmax 1 to 4) versus MXNet's own kernels elsewhere, their backward
formulas, and the dtype checks of ops with several inputs.

Every digest below is of the bytes MXNet 1.9.1 (CPU build with oneDNN) produced for the same
deterministic inputs: sha256 over dtype, shape and data, first 16 hex digits.
"""
import hashlib
import re

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

F32, F64, F16 = np.float32, np.float64, np.float16


def _normal(seed, shape, scale, dtype):
    return (np.random.RandomState(seed).randn(*shape) * scale).astype(dtype)


def _uniform(seed, shape, dtype):
    return np.random.RandomState(seed).uniform(-2, 2, size=shape).astype(dtype)


def _run(f, x, dy):
    """[y, dx] of f at x with head gradient dy."""
    a = mx.nd.array(x, dtype=x.dtype)
    a.attach_grad()
    with mx.autograd.record():
        y = f(a)
    y.backward(mx.nd.array(dy, dtype=dy.dtype))
    return [y.asnumpy(), a.grad.asnumpy()]


def _act(act_type, shape, dtype, seed):
    x = _normal(seed, shape, 3, dtype)
    return _run(lambda a: mx.nd.Activation(a, act_type=act_type), x, _uniform(seed + 1, shape, dtype))


def _leaky(shape, dtype, seed, **kw):
    x = _normal(seed, shape, 3, dtype)
    return _run(lambda a: mx.nd.LeakyReLU(a, **kw), x, _uniform(seed + 1, shape, dtype))


def _soft(op, shape, seed, **kw):
    x = _normal(seed, shape, 3, F32)
    return _run(lambda a: getattr(mx.nd, op)(a, **kw), x, _uniform(seed + 1, shape, F32))


def _tanh_grid():
    x = np.linspace(-10, 10, 20001, dtype=F32)
    return [mx.nd.Activation(mx.nd.array(x), act_type="tanh").asnumpy()]


def _tanh_random_bits():
    x = np.random.RandomState(3).randint(0, 2 ** 32, size=5000, dtype=np.uint64).astype(np.uint32).view(F32)
    return [mx.nd.Activation(mx.nd.array(x), act_type="tanh").asnumpy()]


def _regression(op, shape, dtype, seed, **kw):
    x = _normal(seed, shape, 3, dtype)
    label = mx.nd.array(np.random.RandomState(seed + 2).uniform(0, 1, size=shape).astype(dtype), dtype=dtype)
    return _run(lambda a: getattr(mx.nd, op)(a, label, **kw), x, _uniform(seed + 1, shape, dtype))


def _prelu(shape, channels, dtype, seed):
    x = _normal(seed, shape, 3, dtype)
    gamma = mx.nd.array(np.random.RandomState(seed + 2).uniform(0, 0.5, size=(channels,)).astype(dtype), dtype=dtype)
    gamma.attach_grad()
    out = _run(lambda a: mx.nd.LeakyReLU(a, gamma, act_type="prelu"), x, _uniform(seed + 1, shape, dtype))
    return out + [gamma.grad.asnumpy()]


CASES = {
    "tanh grid [-10, 10]": _tanh_grid,
    "tanh random bit patterns": _tanh_random_bits,
    "tanh 2-D": lambda: _act("tanh", (4, 4), F32, 10),
    "tanh 4-D": lambda: _act("tanh", (2, 3, 4, 5), F32, 11),
    "tanh 5-D": lambda: _act("tanh", (1, 2, 3, 2, 2), F32, 12),
    "tanh 6-D (not oneDNN)": lambda: _act("tanh", (2, 2, 2, 2, 2, 3), F32, 13),
    "tanh float64": lambda: _act("tanh", (5, 7), F64, 14),
    "tanh float16": lambda: _act("tanh", (5, 7), F16, 15),
    "sigmoid 3-D": lambda: _act("sigmoid", (3, 4, 5), F32, 16),
    "sigmoid 6-D (not oneDNN)": lambda: _act("sigmoid", (2, 2, 2, 2, 2, 3), F32, 17),
    "sigmoid float16": lambda: _act("sigmoid", (5, 7), F16, 18),
    "softrelu 2-D": lambda: _act("softrelu", (6, 7), F32, 19),
    "softrelu 6-D (not oneDNN)": lambda: _act("softrelu", (2, 2, 2, 2, 2, 3), F32, 20),
    "softrelu float64": lambda: _act("softrelu", (5, 7), F64, 21),
    "softrelu float16": lambda: _act("softrelu", (5, 7), F16, 22),
    "softsign float16": lambda: _act("softsign", (5, 7), F16, 23),
    "relu 6-D": lambda: _act("relu", (2, 2, 2, 2, 2, 3), F32, 24),
    "leaky slope 0.1 float32": lambda: _leaky((4, 9), F32, 25, act_type="leaky", slope=0.1),
    "leaky slope 0.1 float64": lambda: _leaky((4, 9), F64, 26, act_type="leaky", slope=0.1),
    "elu slope 0.7 float64": lambda: _leaky((4, 9), F64, 27, act_type="elu", slope=0.7),
    "elu 6-D (not oneDNN)": lambda: _leaky((2, 2, 2, 2, 2, 3), F32, 28, act_type="elu", slope=0.7),
    "selu float64": lambda: _leaky((4, 9), F64, 29, act_type="selu"),
    "gelu 6-D (not oneDNN)": lambda: _leaky((2, 2, 2, 2, 2, 3), F32, 31, act_type="gelu"),
    "gelu 3-D": lambda: _leaky((3, 4, 5), F32, 32, act_type="gelu"),
    "softmax 5-D (not oneDNN)": lambda: _soft("softmax", (2, 2, 3, 2, 4), 33),
    "log_softmax 5-D (not oneDNN)": lambda: _soft("log_softmax", (2, 2, 3, 2, 4), 34),
    "log_softmax 3-D": lambda: _soft("log_softmax", (2, 5, 17), 35),
    "log_softmax 1-D": lambda: _soft("log_softmax", (40,), 36),
    "softmax axis 1 temperature 2": lambda: _soft("softmax", (3, 5, 4), 37, axis=1, temperature=2.0),
    "log_softmax axis 0 temperature 0.5": lambda: _soft("log_softmax", (6, 5), 38, axis=0, temperature=0.5),
    # MXNet's own sigmoid; the gradient scale grad_scale / outputs per sample is a float
    "LogisticRegressionOutput 2-D": lambda: _regression("LogisticRegressionOutput", (4, 6), F32, 40, grad_scale=0.3),
    "LinearRegressionOutput float64": lambda: _regression("LinearRegressionOutput", (2, 3, 4), F64, 41,
                                                          grad_scale=0.3),
    "MAERegressionOutput float64": lambda: _regression("MAERegressionOutput", (4, 6), F64, 42),
    # the slope gradient is a Kahan-compensated sum in memory order
    "prelu 4-D": lambda: _prelu((4, 3, 8, 8), 3, F32, 50),
    "prelu one slope": lambda: _prelu((4, 3, 5, 5), 1, F32, 51),
    # MXNet's backward sums over axis 1 in instance mode too
    "SoftmaxActivation instance 3-D": lambda: _run(lambda a: mx.nd.SoftmaxActivation(a),
                                                   _normal(43, (2, 3, 4), 3, F32), _uniform(44, (2, 3, 4), F32)),
    "SoftmaxActivation channel 4-D": lambda: _run(lambda a: mx.nd.SoftmaxActivation(a, mode="channel"),
                                                  _normal(45, (2, 3, 2, 2), 3, F32), _uniform(46, (2, 3, 2, 2), F32)),
}

DIGESTS = {      # case -> [output, input gradient(s)] digests measured from MXNet 1.9.1
    'tanh grid [-10, 10]': ['d7a7228bcd33a6ab'],
    'tanh random bit patterns': ['bfbfc6e826e9944b'],
    'tanh 2-D': ['79550994101150f9', '27e5d334ab079093'],
    'tanh 4-D': ['6240aa54f4ef71b9', 'b5bc52b46e871265'],
    'tanh 5-D': ['f4d59877550cf0b8', 'eab81a8f36c5171b'],
    'tanh 6-D (not oneDNN)': ['c30542a82c4dafd3', '56cdb19c3b49c6c8'],
    'tanh float64': ['32957b9b96d2ca6e', 'dc0f683dc5a1731d'],
    'tanh float16': ['b887d979b93a6870', '363a8fc3d6586cd9'],
    'sigmoid 3-D': ['c3551f8fa053aafa', '4f9547fcd8a6c005'],
    'sigmoid 6-D (not oneDNN)': ['bbc1d8d42dc7d7bb', 'f033d104be2ccc5f'],
    'sigmoid float16': ['4a14c016008dcd18', '659f90acdc4e88b3'],
    'softrelu 2-D': ['93086228d9859ce1', '7672cc1d2b9cd29c'],
    'softrelu 6-D (not oneDNN)': ['1faf72aec0abe28b', '8dbcb38687f01b57'],
    'softrelu float64': ['68aba4a86a870385', '61f9f34664e69cce'],
    'softrelu float16': ['77f7405d061fe1d0', '2617e01f8759a247'],
    'softsign float16': ['b1583e9702f1afa9', '0535c979cce977ee'],
    'relu 6-D': ['501cc1560f888fc6', 'd10971793013f026'],
    'leaky slope 0.1 float32': ['90f599d6cfa1aa2a', '855c55d209a4e8e6'],
    'leaky slope 0.1 float64': ['2b151418c939d9ac', '8497f99402a2221e'],
    'elu slope 0.7 float64': ['8caba08788be675f', 'b10ad7cae0b544c3'],
    'elu 6-D (not oneDNN)': ['9981df06b486fa8f', '6b90685f8f118f70'],
    'selu float64': ['c30d13f4039b7281', '0a47fa1365e2d018'],
    'gelu 6-D (not oneDNN)': ['920b92e366128377', '94424006ccf038ae'],
    'gelu 3-D': ['a34be9fc37d3639f', 'c9c9482b43dc3a90'],
    'softmax 5-D (not oneDNN)': ['3619aa54d39fd42b', '637c849d0535a371'],
    'log_softmax 5-D (not oneDNN)': ['44d7418998f1eb47', '3474c4c589c822d2'],
    'log_softmax 3-D': ['eb68c546b14bdcdf', '784c3c316e803e19'],
    'log_softmax 1-D': ['426f4c2cfeac13e4', '06f0b808981c7d0c'],
    'softmax axis 1 temperature 2': ['4ac7c4944b7f5522', 'f7019f468d480af2'],
    'log_softmax axis 0 temperature 0.5': ['c8d90d17734d1217', '78a0d78b2cfeb99a'],
    'LogisticRegressionOutput 2-D': ['3f9fd27df6607f2c', '5c3e249b0e89ff0f'],
    'LinearRegressionOutput float64': ['b67a246b51efe53c', '932b38c2f68bb112'],
    'MAERegressionOutput float64': ['375ef0bfffd52199', '0032e1493e655fc3'],
    'SoftmaxActivation instance 3-D': ['9b0705ec3dde6219', 'b37f62c755e43122'],
    'SoftmaxActivation channel 4-D': ['1c5777bdb1bebc7e', '6967a2422e85e3fb'],
    'prelu 4-D': ['4020121f76b4be4f', '1da1773d125cdea6', '136671a7a73eb840'],
    'prelu one slope': ['c06b8d2a94debe41', '783a4e4b93c0c437', '3f04a61de3ebd60e'],
}


def _digest(a):
    a = np.ascontiguousarray(a)
    return hashlib.sha256(str(a.dtype).encode() + str(a.shape).encode() + a.tobytes()).hexdigest()[:16]


@pytest.mark.parametrize("name", sorted(CASES))
def test_bits_match_mxnet(name):
    assert [_digest(a) for a in CASES[name]()] == DIGESTS[name]


# (input bits, MXNet's Activation tanh output bits): the linear range and its bound, half-binade edges,
# the saturation bound, infinities and NaNs (passed through with their payload)
TANH_BITS = [
    (0x00000000, 0x00000000), (0x80000000, 0x80000000), (0x00000001, 0x00000001), (0x00800000, 0x00800000),
    (0x39000000, 0x39000000), (0x397fffff, 0x397fffff), (0x39800000, 0x39800000), (0x39bfffff, 0x39bfffff),
    (0x39c00000, 0x39c00000), (0x39ddb3d6, 0x39ddb3d6), (0x39ddb3d7, 0x39ddb3d6), (0x39ddb3d8, 0x39ddb3d7),
    (0x3a000000, 0x39ffffff), (0x3b400000, 0x3b3fffdc), (0x3c800001, 0x3c7ffaad), (0x3d4ccccd, 0x3d4ca127),
    (0x3dcccccd, 0x3dcc1ebc), (0x3e800000, 0x3e7acbf5), (0x3ebfffff, 0x3eb77a9e), (0x3ec00000, 0x3eb77a9f),
    (0x3f000000, 0x3eec9a9f), (0x3f400000, 0x3f22991f), (0x3f800000, 0x3f42f7d6), (0x3fc00000, 0x3f67b7cc),
    (0x40000000, 0x3f76ca83), (0x40400000, 0x3f7ebbe9), (0x40800000, 0x3f7fd40c), (0x40c00000, 0x3f7fff32),
    (0x40ffffff, 0x3f7ffffc), (0x41000000, 0x3f7ffffc), (0x41102cb2, 0x3f7fffff), (0x41102cb3, 0x3f800000),
    (0x41102cb4, 0x3f800000), (0x41200000, 0x3f800000), (0x42c80000, 0x3f800000), (0x7f7fffff, 0x3f800000),
    (0x7f800000, 0x3f800000), (0xff800000, 0xbf800000), (0x7fc00000, 0x7fc00000), (0xffc00001, 0xffc00001),
    (0x7f800001, 0x7f800001), (0xbf400000, 0xbf22991f), (0xc0a00000, 0xbf7ffa0d), (0xbc800001, 0xbc7ffaad),
]


def test_tanh_edge_values_bit_for_bit():
    x = np.array([a for a, _ in TANH_BITS], np.uint32).view(F32)
    got = mx.nd.Activation(mx.nd.array(x), act_type="tanh").asnumpy().view(np.uint32)
    assert [hex(v) for v in got] == [hex(b) for _, b in TANH_BITS]


def test_nd_tanh_stays_the_c_library():
    x = np.array([0x3de0a9de, 0x3df486ef, 0x3e180f12], np.uint32).view(F32)
    assert [hex(v) for v in mx.nd.tanh(mx.nd.array(x)).asnumpy().view(np.uint32)] == \
        ["0x3ddfc445", "0x3df35f28", "0x3e16f372"]
    assert [hex(v) for v in mx.nd.Activation(mx.nd.array(x), act_type="tanh").asnumpy().view(np.uint32)] == \
        ["0x3ddfc444", "0x3df35f27", "0x3e16f373"]


def test_tanh_backward_is_one_fused_multiply_add():
    # oneDNN: dx = dy * fma(-y, y, 1); rounding 1 - y*y twice would give 0x3d444d60
    x = mx.nd.array([2.2])
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Activation(x, act_type="tanh")
    y.backward()
    assert hex(x.grad.asnumpy().view(np.uint32)[0]) == "0x3d444d66"


def _numeric_grad(f, x, eps):
    g = np.zeros_like(x)
    for i in range(x.size):
        hi, lo = x.copy(), x.copy()
        hi.flat[i] += eps
        lo.flat[i] -= eps
        g.flat[i] = (f(hi).sum() - f(lo).sum()) / (2 * eps)
    return g


def _autograd(f, x):
    a = mx.nd.array(x, dtype=x.dtype)
    a.attach_grad()
    with mx.autograd.record():
        y = f(a)
    y.backward()
    return a.grad.asnumpy()


GRAD_CASES = [
    ("Activation tanh", F32, lambda a: mx.nd.Activation(a, act_type="tanh"), 1e-2, 1e-3),
    ("Activation tanh", F64, lambda a: mx.nd.Activation(a, act_type="tanh"), 1e-6, 1e-6),
    ("Activation tanh 6-D", F32, lambda a: mx.nd.Activation(a.reshape((1, 1, 1, 1, 2, 3)), act_type="tanh"),
     1e-2, 1e-3),
    ("Activation softrelu", F64, lambda a: mx.nd.Activation(a, act_type="softrelu"), 1e-6, 1e-6),
    ("Activation softrelu 6-D", F32, lambda a: mx.nd.Activation(a.reshape((1, 1, 1, 1, 2, 3)),
                                                              act_type="softrelu"), 1e-2, 1e-3),
    ("Activation sigmoid", F32, lambda a: mx.nd.Activation(a, act_type="sigmoid"), 1e-2, 1e-3),
    ("Activation softsign", F16, lambda a: mx.nd.Activation(a, act_type="softsign"), 1e-1, 3e-2),
    # MXNet's leaky slope multiplies in float32 whatever the dtype
    ("LeakyReLU leaky", F64, lambda a: mx.nd.LeakyReLU(a, slope=0.1), 1e-2, 1e-5),
    ("LeakyReLU elu", F64, lambda a: mx.nd.LeakyReLU(a, act_type="elu", slope=0.7), 1e-6, 1e-6),
    ("LeakyReLU gelu", F64, lambda a: mx.nd.LeakyReLU(a, act_type="gelu"), 1e-3, 1e-5),
    ("LeakyReLU gelu 6-D", F32, lambda a: mx.nd.LeakyReLU(a.reshape((1, 1, 1, 1, 2, 3)), act_type="gelu"),
     1e-2, 1e-3),
    ("log_softmax", F32, lambda a: mx.nd.log_softmax(a), 1e-2, 2e-3),
]


@pytest.mark.parametrize("name, dtype, f, eps, tol", GRAD_CASES, ids=[f"{c[0]} {c[1].__name__}" for c in GRAD_CASES])
def test_gradient_matches_finite_differences(name, dtype, f, eps, tol):
    x = np.array([[-2.1, -0.7, -0.05], [0.3, 1.2, 2.6]], dtype)
    numeric = _numeric_grad(lambda v: f(mx.nd.array(v.astype(dtype), dtype=dtype)).asnumpy().astype(F64),
                            x.astype(F64), eps)
    np.testing.assert_allclose(_autograd(f, x).astype(F64), numeric, rtol=tol * 10, atol=tol)


def _arr(shape, dtype):
    return mx.nd.array(np.ones(shape), dtype=dtype)


MIXED = [
    (lambda: mx.nd.FullyConnected(_arr((2, 3), F64), _arr((4, 3), F32), _arr((4,), F32), num_hidden=4),
     "Incompatible attr in node  at 1-th input: expected float64, got float32"),
    (lambda: mx.nd.FullyConnected(_arr((2, 3), F32), _arr((4, 3), F64), _arr((4,), F32), num_hidden=4),
     "at 1-th input: expected float32, got float64"),
    (lambda: mx.nd.FullyConnected(_arr((2, 3), F32), _arr((4, 3), F32), _arr((4,), F64), num_hidden=4),
     "at 2-th input: expected float32, got float64"),
    (lambda: mx.nd.FullyConnected(_arr((2, 3), F16), _arr((4, 3), F32), num_hidden=4, no_bias=True),
     "at 1-th input: expected float16, got float32"),
    (lambda: mx.nd.LeakyReLU(_arr((2, 3), F64), _arr((3,), F32), act_type="prelu"),
     "Type inconsistent, Provided = float32, inferred type = float64"),
    (lambda: mx.nd.SoftmaxOutput(_arr((2, 3), F64), _arr((2,), F32)),
     "requires uniform type. Expected 'float64' v.s. given 'float32' at 'label'"),
    (lambda: mx.nd.LinearRegressionOutput(_arr((2, 3), F64), _arr((2, 3), F32)),
     "at 1-th input: expected float64, got float32"),
    (lambda: mx.nd.MAERegressionOutput(_arr((2, 3), F32), _arr((2, 3), F16)),
     "at 1-th input: expected float32, got float16"),
    (lambda: mx.nd.softmax_cross_entropy(_arr((2, 3), F32), _arr((2,), F64)),
     "at 1-th input: expected float32, got float64"),
    # (the kernels' type switch: raised when the result is read)
    (lambda: mx.nd.LeakyReLU(_arr((2, 3), np.int32)).asnumpy(), "only support floating point types, not int32"),
    (lambda: mx.nd.Activation(_arr((2, 3), np.int32), act_type="relu").asnumpy(),
     "only support floating point types, not int32"),
    (lambda: mx.nd.SoftmaxActivation(_arr((2, 3), F32), mode="channel").asnumpy(),     # the kernel's check
     "a least 3 dimensions when mode=channel"),
]


@pytest.mark.parametrize("call, message", MIXED, ids=[m for _, m in MIXED])
def test_mixed_dtypes_raise_like_mxnet(call, message):
    with pytest.raises(MXNetError, match=re.escape(message)):
        call()


def test_softmax_activation_1d_runs_forward_only():
    x = mx.nd.array([1.0, 2.0])
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.SoftmaxActivation(x)
    assert y.asnumpy().tolist() == [0.2689414322376251, 0.7310585975646973]
    y.backward()            # the backward kernel's check fails when the gradient is read, as in MXNet
    with pytest.raises(MXNetError, match=re.escape("index = 1 must be in range [0, 1)")):
        x.grad.asnumpy()


def test_same_dtypes_still_run():
    y = mx.nd.FullyConnected(_arr((2, 3), F64), _arr((4, 3), F64), _arr((4,), F64), num_hidden=4)
    assert y.dtype == np.float64 and y.asnumpy().tolist() == [[4.0] * 4] * 2
    assert mx.nd.Embedding(_arr((2,), F64), _arr((3, 2), F32), input_dim=3, output_dim=2).dtype == np.float32


@pytest.mark.parametrize("f", [lambda a: mx.nd.Activation(a, act_type="tanh"),
                               lambda a: mx.nd.Activation(a, act_type="softrelu"),
                               lambda a: mx.nd.LeakyReLU(a, act_type="elu")], ids=["tanh", "softrelu", "elu"])
def test_gradient_of_gradient_is_refused_like_mxnet(f):
    x = mx.nd.array([[-1.5, 0.5, 2.0]])
    x.attach_grad()
    with pytest.raises(MXNetError, match="non-differentiable"):
        with mx.autograd.record():
            g = mx.autograd.grad(f(x), [x], create_graph=True)[0]
            z = (g * g).sum()
        z.backward()


def test_one_row_fully_connected_is_onednn_gemv_bit_for_bit():
    # one sample: 32 units in 8 lanes, then a block of 4 and one unit; recorded from MXNet 1.9.1 (AVX-512),
    # where the correctly rounded sums would be 0x3efc7fcc, 0x3f305b07, 0xbf72a72b
    x = (np.arange(37, dtype=F32) / F32(13)).reshape(1, 37)
    w = ((np.arange(3 * 37).reshape(3, 37) * 7 % 11 - 5) / F32(9)).astype(F32)
    y = mx.nd.FullyConnected(mx.nd.array(x), mx.nd.array(w), mx.nd.array([0.1, -0.2, 0.3]), num_hidden=3)
    assert [hex(v) for v in y.asnumpy().ravel().view(np.uint32)] == ["0x3efc7fcf", "0x3f305b0b", "0xbf72a72f"]


@pytest.mark.parametrize("seed,expected", [(0, "85382a41"), (3, "17f0cd3e"), (8, "568bb83f"), (9, "ca8deb3e")])
def test_fc_bias_gradient_of_one_output_sums_rows_in_order(seed, expected):
    dy = np.random.RandomState(seed).randn(16, 1).astype(F32)
    x, w, b = mx.nd.ones((16, 2)), mx.nd.ones((1, 2)), mx.nd.zeros((1,))
    for a in (x, w, b):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.FullyConnected(x, w, b, num_hidden=1)
    y.backward(mx.nd.array(dy))
    assert b.grad.asnumpy().tobytes().hex() == expected


@pytest.mark.parametrize("rows,outputs,expected", [(32, 8, "1e51fe28156a1e29"), (100, 8, "a715b71adaf1c5cf"),
                                                   (48, 33, "043c20bc18da7a51")])
def test_fc_data_gradient_of_one_input_unit_is_the_inner_product_kernel_at_any_batch(rows, outputs, expected):
    rs = np.random.RandomState(rows + outputs)
    x, w = mx.nd.array(rs.randn(rows, 1)), mx.nd.array(rs.randn(outputs, 1))
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.FullyConnected(x, w, mx.nd.zeros((outputs,)), num_hidden=outputs)
    y.backward(mx.nd.array(rs.randn(rows, outputs)))
    assert hashlib.sha256(x.grad.asnumpy().tobytes()).hexdigest()[:16] == expected


@pytest.mark.parametrize("kind", ["normal", "fixed_point", "huge", "nan"])
def test_weight_gradient_chain_made_at_once_equals_the_chain_step_by_step(kind):
    from distnet.ndarray import onednn
    rs = np.random.RandomState(len(kind))
    for _ in range(40):
        k, m, n = rs.randint(1, 40, 3)
        if kind == "fixed_point":       # exact float64 sums landing on float32 midpoints: true ties
            a, b = rs.randint(-3, 4, (k, m)) / 8, rs.randint(0, 256, (k, n)) / 255
        else:
            a, b = rs.randn(k, m) * (1e30 if kind == "huge" else 1), rs.randn(k, n) * (1e10 if kind == "huge" else 1)
        a, b = a.astype(F32), b.astype(F32)
        if kind == "nan":
            a[rs.randint(k), rs.randint(m)] = np.nan
        with np.errstate(all="ignore"):
            assert onednn._ordered_block_sum(a, b).tobytes() == onednn._chain_steps(a, b).tobytes()


def test_weight_gradient_chain_redoes_a_rounded_sum_on_a_midpoint_as_a_fused_multiply_add():
    from distnet.ndarray import onednn
    # 1+2^-23, then + 2^-24 * (1 - 2^-46): the float64 sum rounds onto the midpoint 1+2^-23+2^-24, whose tie
    # would go up to 1+2^-22; a fused multiply-add rounds the exact sum, just below it, down
    a = np.array([[1 + 2.0 ** -23], [2.0 ** -24 * (1 + 2.0 ** -23)]], F32)
    b = np.array([[1.0], [1 - 2.0 ** -23]], F32)
    assert onednn._ordered_block_sum(a, b)[0, 0] == F32(1 + 2.0 ** -23)
    assert onednn._chain_steps(a, b)[0, 0] == F32(1 + 2.0 ** -23)

"""Dense NN operators: forward against numpy, backward against finite differences, values measured from MXNet."""
import math
import re

import numpy as np
import pytest
from opcheck import Case, check_grad, run_case

from distnet import autograd, nd
from distnet.base import MXNetError, message_of
from distnet.ndarray.ndarray import _wrap
from distnet.test_utils import assert_almost_equal

rng = np.random.RandomState(5)
AWAY = rng.choice([-1, 1], (2, 3, 2)) * rng.uniform(0.1, 0.9, (2, 3, 2))    # kinked ops: away from 0
LABEL3 = np.array([1.0, 0.0, 3.0])          # MXNet wants labels of the data's dtype
X = np.array([[0.5, -1.0, 0.25, 2.0], [1.5, 0.0, -0.5, 0.75], [-2.0, 1.0, 0.5, 0.0]], dtype=np.float32)


def _softmax(x, axis=-1):
    e = np.exp(x - x.max(axis, keepdims=True))
    return e / e.sum(axis, keepdims=True)


def _sigmoid(x):
    return 1 / (1 + np.exp(-x))


_erf = np.vectorize(math.erf)

CASES = [
    Case("FullyConnected", (2, 3), (4, 3), (4,), num_hidden=4, ref=lambda x, w, b: x @ w.T + b),
    Case("FullyConnected", (2, 3, 2), (4, 6), num_hidden=4, no_bias=True, ref=lambda x, w: x.reshape(2, 6) @ w.T),
    Case("FullyConnected", (2, 3, 2), (4, 2), (4,), num_hidden=4, flatten=False, ref=lambda x, w, b: x @ w.T + b),
    Case("softmax", (2, 3, 4), ref=_softmax),
    Case("softmax", (2, 3, 4), axis=1, temperature=2.0, ref=lambda x: _softmax(x / 2, 1)),
    Case("softmax", (2, 4), np.array([2, 3], dtype=np.int32), use_length=True, label="length",
         ref=lambda x, n: _softmax(np.where(np.arange(4) < n[:, None], x, -np.inf))),
    Case("log_softmax", (2, 3, 4), axis=1, ref=lambda x: np.log(_softmax(x, 1))),
    Case("log_softmax", (2, 4), temperature=0.5, ref=lambda x: np.log(_softmax(x / 0.5))),
    Case("softmin", (2, 4), ref=lambda x: _softmax(-x)),
    # MXNet runs SoftmaxActivation in float32 only: its gradient is checked in float32 (FLOAT32_ONLY); its
    # instance-mode backward sums over axis 1, the derivative only for 2-D data
    Case("SoftmaxActivation", (3, 4), eps=1e-2, grad_rtol=2e-3, grad_atol=2e-4, ref=lambda x: _softmax(x, -1)),
    Case("SoftmaxActivation", (2, 3, 2), mode="channel", eps=1e-2, grad_rtol=2e-3, grad_atol=2e-4,
         ref=lambda x: _softmax(x, 1)),
    Case("softmax_cross_entropy", (3, 4), LABEL3, grad=(0,),
         ref=lambda x, l: -np.log(_softmax(x)[np.arange(3), l.astype(int)]).sum().reshape(1)),
    Case("Activation", AWAY, act_type="relu", ref=lambda x: np.maximum(x, 0)),
    Case("Activation", (2, 3), act_type="sigmoid", ref=_sigmoid),
    Case("Activation", (2, 3), act_type="tanh", ref=np.tanh),
    Case("Activation", (2, 3), act_type="softrelu", ref=lambda x: np.log1p(np.exp(x))),
    Case("Activation", AWAY, act_type="softsign", ref=lambda x: x / (1 + np.abs(x))),
    Case("hard_sigmoid", AWAY * 3, alpha=0.3, beta=0.4, ref=lambda x: np.clip(0.3 * x + 0.4, 0, 1)),
    Case("LeakyReLU", AWAY, eps=1e-2, ref=lambda x: np.where(x > 0, x, 0.25 * x)),
    Case("LeakyReLU", AWAY, act_type="elu", slope=0.5, ref=lambda x: np.where(x > 0, x, 0.5 * np.expm1(x))),
    # selu's MXNet backward is not its derivative below zero: checked in test_selu_gradient_matches_mxnet
    Case("LeakyReLU", AWAY, act_type="selu", grad=False,
         ref=lambda x: 1.0507009873554805 * np.where(x > 0, x, 1.6732632423543772 * np.expm1(x))),
    Case("LeakyReLU", AWAY, act_type="gelu", eps=1e-2, ref=lambda x: 0.5 * x * (1 + _erf(x / math.sqrt(2)))),
    # recording trains, so rrelu draws slopes there: its gradient is checked in test_rrelu_in_training...
    Case("LeakyReLU", AWAY, act_type="rrelu", grad=False, ref=lambda x: np.where(x > 0, x, 0.2295 * x)),
    # prelu, like gelu above, rounds to float32 in MXNet even for float64 data: a wider difference step
    Case("LeakyReLU", AWAY, np.array([0.1, 0.2, 0.3]), act_type="prelu", eps=1e-2,
         ref=lambda x, g: np.where(x > 0, x, g[None, :, None] * x)),
    Case("Embedding", np.array([[1, 3, 1], [4, 1, 0]], dtype=np.int32), (5, 3), input_dim=5, output_dim=3,
         ref=lambda i, w: w[i]),
]

# Output layers: the backward is the gradient of the loss they stand for, whatever the incoming gradient.
LABEL_PROB = _softmax(rng.uniform(-1, 1, (3, 4)))
REG_LABEL = rng.uniform(-1, 1, (2, 3))


def _xent(x, label, axis=-1):
    return -(np.log(_softmax(x, axis)) * label).sum()


def _onehot(label, k):
    return np.eye(k)[label.astype(int)]


LOSS_CASES = [
    (Case("SoftmaxOutput", (3, 4), LABEL3, grad=(0,), ref=lambda x, l: _softmax(x)),
     lambda x, l: _xent(x, _onehot(l, 4))),
    (Case("SoftmaxOutput", (3, 4), LABEL3, grad=(0,), grad_scale=2.0, normalization="batch",
          ref=lambda x, l: _softmax(x)),
     lambda x, l: 2 * _xent(x, _onehot(l, 4)) / 3),
    (Case("SoftmaxOutput", (3, 4), LABEL_PROB, grad=(0,), ref=lambda x, l: _softmax(x), label="prob"),
     lambda x, l: _xent(x, l)),
    (Case("SoftmaxOutput", (2, 3, 2), np.array([[0.0, 2.0], [1.0, 1.0]]), grad=(0,), multi_output=True,
          ref=lambda x, l: _softmax(x, 1)),
     lambda x, l: _xent(x, np.moveaxis(_onehot(l, 3), -1, 1), 1) / 2),
    (Case("SoftmaxOutput", (2, 3, 2), np.array([[0.0, 1.0, 1.0], [1.0, 0.0, 0.0]]), grad=(0,),
          preserve_shape=True,
          ref=lambda x, l: _softmax(x)), lambda x, l: _xent(x, _onehot(l, 2))),
    (Case("LinearRegressionOutput", (2, 3), REG_LABEL, grad=(0,), grad_scale=2.0, ref=lambda x, l: x),
     lambda x, l: ((x - l) ** 2).sum() / 3),
    (Case("LogisticRegressionOutput", (2, 3), REG_LABEL * 0.5 + 0.5, grad=(0,), ref=lambda x, l: _sigmoid(x)),
     lambda x, l: -(l * np.log(_sigmoid(x)) + (1 - l) * np.log(1 - _sigmoid(x))).sum() / 3),
    (Case("MAERegressionOutput", AWAY.reshape(2, 6), np.zeros((2, 6)), grad=(0,), ref=lambda x, l: x),
     lambda x, l: np.abs(x - l).sum() / 6),
    (Case("MakeLoss", (2, 3), grad_scale=3.0, ref=lambda x: x), lambda x: 3 * x.sum()),
    (Case("MakeLoss", (2, 3), normalization="batch", ref=lambda x: x, label="batch"), lambda x: x.sum() / 2),
    (Case("make_loss", (2, 3), ref=lambda x: x), lambda x: x.sum()),
]
CASES += [case for case, _ in LOSS_CASES]
FLOAT32_ONLY = ("SoftmaxActivation",)
IMPLIED_LOSS = {repr(case): loss for case, loss in LOSS_CASES}


def check_implied_loss_grad(case, loss):
    """The op's gradient (under a random incoming gradient, which it ignores) against d loss / d data."""
    fn = getattr(nd, case.op)
    xs = case.arrays()
    data = _wrap(xs[0].copy())
    data.attach_grad()
    with autograd.record():
        y = fn(data, *[_wrap(x) for x in xs[1:]], **case.attrs)
    y.backward(_wrap(np.random.RandomState(2).uniform(-3, 3, y.shape)))
    x, eps = xs[0].copy(), 1e-6
    numeric = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + eps
        hi = loss(x, *xs[1:])
        x[i] = old - eps
        lo = loss(x, *xs[1:])
        x[i] = old
        numeric[i] = (hi - lo) / (2 * eps)
    assert_almost_equal(data.grad, numeric, rtol=1e-4, atol=1e-6, names=(f"{case} autograd", "numeric"))


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_op(case):
    loss = IMPLIED_LOSS.get(repr(case))
    if case.op in FLOAT32_ONLY:
        run_case(Case(case.op, *case.inputs, ref=case.ref, grad=False, **case.attrs))
        check_grad(case, getattr(nd, case.op), [x.astype(np.float32) for x in case.arrays()])
        return
    if loss is None:
        run_case(case)
        return
    run_case(Case(case.op, *case.inputs, ref=case.ref, grad=False, **case.attrs))
    check_implied_loss_grad(case, loss)


# ---- SoftmaxOutput gradients measured from MXNet 1.9.1 (incoming gradient 7, ignored) ---------------
def _so_grad(x, label, **attrs):
    data = nd.array(x)
    data.attach_grad()
    with autograd.record():
        y = nd.SoftmaxOutput(data, nd.array(label), **attrs)
    y.backward(nd.ones(y.shape) * 7)
    return data.grad.asnumpy()


SO_PLAIN = [[0.1542348, -0.9655856, 0.1201182, 0.6912326], [-0.4538003, 0.1218736, 0.0739201, 0.2580065],
            [0.024596, 0.494023, 0.2996401, -0.8182591]]


@pytest.mark.parametrize("label, attrs, expected", [
    ([1, 0, 3], {}, SO_PLAIN),
    ([1, -1, 3], {"use_ignore": True}, [SO_PLAIN[0], [0, 0, 0, 0], SO_PLAIN[2]]),
    ([1, 5, 3], {"use_ignore": True, "ignore_label": 5, "normalization": "valid", "grad_scale": 3.0},
     [[0.2313522, -1.4483783, 0.1801773, 1.0368488], [0, 0, 0, 0],
      [0.0368939, 0.7410345, 0.4494602, -1.2273886]]),
    ([1, -1, 3], {"normalization": "valid"},
     [[0.0771174, -0.4827928, 0.0600591, 0.3456163], [0.2730999, 0.0609368, 0.03696, 0.1290032],
      [0.012298, 0.2470115, 0.1498201, -0.4091295]]),
    ([1, 0, 3], {"normalization": "batch", "grad_scale": 2.0},
     [[0.1028232, -0.6437237, 0.0800788, 0.4608217], [-0.3025335, 0.0812491, 0.0492801, 0.1720043],
      [0.0163973, 0.3293487, 0.1997601, -0.5455061]]),
    ([1, 0, 3], {"smooth_alpha": 0.3},
     [[0.0542348, -0.6655856, 0.0201182, 0.5912325], [-0.1538002, 0.0218736, -0.0260799, 0.1580065],
      [-0.075404, 0.394023, 0.1996401, -0.518259]]),
], ids=["plain", "ignore", "ignore-valid-scale", "valid-without-ignore", "batch", "smooth"])
def test_softmax_output_gradient_matches_mxnet(label, attrs, expected):
    assert_almost_equal(_so_grad(X, label, **attrs), np.array(expected), rtol=1e-5, atol=1e-6)


MULTI_LABEL = [[0, 1], [1, 1], [0, 0]]


@pytest.mark.parametrize("label, attrs, expected", [
    (MULTI_LABEL, {"multi_output": True},
     [[[-0.2189117, 0.0237129], [0.2189118, -0.0237129]], [[0.4403985, 0.1604106], [-0.4403985, -0.1604106]],
      [[-0.4620709, -0.1344707], [0.4620709, 0.1344707]]]),
    (MULTI_LABEL, {"multi_output": True, "normalization": "batch"},
     [[[-0.0729706, 0.0079043], [0.0729706, -0.0079043]], [[0.1467995, 0.0534702], [-0.1467995, -0.0534702]],
      [[-0.1540236, -0.0448236], [0.1540236, 0.0448236]]]),
    ([[0, 1], [1, -1], [0, 0]], {"multi_output": True, "normalization": "valid", "use_ignore": True},
     [[[-0.0875647, 0.0094852], [0.0875647, -0.0094852]], [[0.1761594, 0.0], [-0.1761594, 0.0]],
      [[-0.1848284, -0.0537883], [0.1848284, 0.0537883]]]),
    (MULTI_LABEL, {"preserve_shape": True, "normalization": "batch"},
     [[[-0.0304043, 0.0304043], [0.0246745, -0.0246745]], [[0.1362624, -0.1362624], [0.0371167, -0.0371167]],
      [[-0.1587624, 0.1587624], [-0.0629234, 0.0629234]]]),
], ids=["multi", "multi-batch", "multi-valid", "preserve-batch"])
def test_softmax_output_layouts_match_mxnet(label, attrs, expected):
    assert_almost_equal(_so_grad(X.reshape(3, 2, 2), label, **attrs), np.array(expected), rtol=1e-5, atol=1e-6)


PROBS = np.array([[0.25, 0.5, 0.25, 0.0], [1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.5, 0.5]])


@pytest.mark.parametrize("attrs", [{"normalization": "batch"}, {"normalization": "valid", "use_ignore": True},
                                   {"multi_output": True}, {"preserve_shape": True, "normalization": "batch"}])
def test_softmax_output_probability_labels_are_scaled_but_never_normalised(attrs):
    # a label of the data's shape holds probabilities: the gradient is (softmax - label) * grad_scale in every layout
    data = X.reshape(3, 4, 1) if attrs.get("multi_output") else X
    p = _softmax(data.astype(np.float64), axis=1)
    got = _so_grad(data, PROBS.reshape(data.shape), grad_scale=2.0, **attrs)
    assert_almost_equal(got, (p - PROBS.reshape(data.shape)) * 2.0, rtol=1e-5, atol=1e-6)


def test_softmax_output_valid_normalisation_counts_every_label_of_a_flattened_label():
    # data (2, 3, 4) is two rows of 12 classes; its (2, 3) label is read flat: row i takes label[i], and the
    # valid count runs over all six labels (here five, one being the ignored 5)
    data = np.linspace(-1, 1, 24).reshape(2, 3, 4)
    label = np.array([[0.0, 5.0, 0.0], [7.0, 0.0, 2.0]])
    expected = _softmax(data.reshape(2, 12).astype(np.float64))
    expected[0, 0] -= 1         # row 0: class 0
    expected[1] = 0             # row 1: class 5, ignored
    got = _so_grad(data, label, use_ignore=True, ignore_label=5, normalization="valid")
    assert_almost_equal(got.reshape(2, 12), expected / 5, rtol=1e-5, atol=1e-7)


def test_softmax_output_alias_and_forward():
    assert nd.Softmax.op is nd.SoftmaxOutput        # one operator, two functions
    out = nd.SoftmaxOutput(nd.array(X), nd.array([1, 0, 3]))
    assert out.dtype == np.float32
    assert_almost_equal(out, _softmax(X.astype(np.float64)), rtol=1e-5)
    # without multi_output, an N-D input is one softmax over all but the batch axis
    flat = nd.SoftmaxOutput(nd.array(X.reshape(3, 2, 2)), nd.zeros((3, 2))).asnumpy()
    assert_almost_equal(flat.reshape(3, 4), _softmax(X.astype(np.float64)), rtol=1e-5)


def test_softmax_cross_entropy_value_and_gradient():
    assert_almost_equal(nd.softmax_cross_entropy(nd.array(X), nd.array([1, 0, 3])), np.array([5.6792226]), rtol=1e-6)
    data = nd.array(X)
    data.attach_grad()
    with autograd.record():
        y = nd.softmax_cross_entropy(data, nd.array([1, 0, 3]))
    assert y.shape == (1,)
    y.backward(nd.array([2.0]))
    assert_almost_equal(data.grad, 2 * (_softmax(X.astype(np.float64)) - np.eye(4)[[1, 0, 3]]), rtol=1e-5)


# ---- Embedding -------------------------------------------------------------------------------
def test_embedding_gradient_adds_repeated_indices():
    w = nd.array(np.arange(15, dtype=np.float32).reshape(5, 3) / 10)
    w.attach_grad()
    with autograd.record():
        y = nd.Embedding(nd.array([[1, 3, 1], [4, 1, 0]]), w, input_dim=5, output_dim=3)
    y.backward(nd.array(np.arange(18).reshape(2, 3, 3)))
    assert w.grad.asnumpy().tolist() == [[15, 16, 17], [18, 21, 24], [0, 0, 0], [3, 4, 5], [9, 10, 11]]


def test_embedding_clips_then_truncates_float_indices():
    w = np.arange(15, dtype=np.float32).reshape(5, 3) / 10
    got = nd.Embedding(nd.array([-1, 1.7, 7, 2.5]), nd.array(w), input_dim=5, output_dim=3)
    assert_almost_equal(got, w[[0, 1, 4, 2]])
    assert got.dtype == np.float32
    assert nd.Embedding(nd.array([1, 2]), nd.array(w, dtype="float64"), input_dim=5, output_dim=3,
                        dtype="float64").dtype == np.float64


def test_embedding_rejects_a_wrong_weight_shape():
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[4,3\], inferred shape=\(5,3\)$"):
        nd.Embedding(nd.array([1]), nd.ones((4, 3)), input_dim=5, output_dim=3)


# ---- softmax family --------------------------------------------------------------------------
def test_softmax_with_length_matches_mxnet():
    got = nd.softmax(nd.array(X), nd.array([1, 2, 4], dtype="int32"), use_length=True)
    assert_almost_equal(got, np.array([[1, 0, 0, 0], [0.8175744, 0.1824255, 0, 0],
                                       [0.024596, 0.494023, 0.2996401, 0.1817409]]), rtol=1e-5, atol=1e-7)
    got = nd.softmax(nd.array(X), nd.array([1, 2, 3, 2], dtype="int32"), axis=0, use_length=True)
    assert_almost_equal(got, np.array([[1, 0.2689414, 0.3627931, 0.7772999], [0, 0.7310586, 0.1713713, 0.2227001],
                                       [0, 0, 0.4658355, 0]]), rtol=1e-5, atol=1e-7)


def test_softmax_temperature_and_dtype():
    got = nd.softmax(nd.array(X), temperature=2.0)
    assert_almost_equal(got[0], np.array([0.2236204, 0.1056308, 0.1973443, 0.4734045]), rtol=1e-5)
    assert nd.softmax(nd.array(X), dtype="float64").dtype == np.float64
    assert nd.log_softmax(nd.array(X), dtype="float64").dtype == np.float64
    assert nd.softmax(nd.array(X)).dtype == np.float32


def test_log_softmax_takes_axis_positionally_as_gluon_losses_call_it():
    assert_almost_equal(nd.log_softmax(nd.array(X), 0), np.log(_softmax(X.astype(np.float64), 0)), rtol=1e-5)


# ---- activations, values from MXNet ----------------------------------------------------------------
@pytest.mark.parametrize("act_type, expected", [
    ("leaky", [[0.5, -0.1, 0.25, 2.0], [1.5, 0.0, -0.05, 0.75], [-0.2, 1.0, 0.5, 0.0]]),
    ("elu", [[0.5, -0.0632121, 0.25, 2.0], [1.5, 0.0, -0.0393469, 0.75], [-0.0864665, 1.0, 0.5, 0.0]]),
    ("selu", [[0.5253505, -1.1113307, 0.2626753, 2.101402], [1.5760515, 0.0, -0.6917582, 0.7880257],
              [-1.5201665, 1.050701, 0.5253505, 0.0]]),
    ("gelu", [[0.3457312, -0.1586553, 0.1496766, 1.9544998], [1.399789, 0.0, -0.1542688, 0.5800295],
              [-0.0455001, 0.8413447, 0.3457312, 0.0]]),
    ("rrelu", [[0.5, -0.2295, 0.25, 2.0], [1.5, 0.0, -0.11475, 0.75], [-0.459, 1.0, 0.5, 0.0]]),
])
def test_leaky_relu_matches_mxnet(act_type, expected):
    got = nd.LeakyReLU(nd.array(X), act_type=act_type, slope=0.1)
    if act_type == "rrelu":         # MXNet returns [output, mask] for rrelu
        got = got[0]
    assert got.dtype == np.float32
    assert_almost_equal(got, np.array(expected), rtol=1e-5, atol=1e-6)


def test_selu_gradient_matches_mxnet():
    data = nd.array(X)
    data.attach_grad()
    with autograd.record():
        y = nd.LeakyReLU(data, act_type="selu")
    y.backward(nd.ones(y.shape) * 2)
    assert_almost_equal(data.grad, np.array([[2.101402, 1.180846, 2.101402, 2.101402],
                                             [2.101402, 3.5161986, 2.0625365, 2.101402],
                                             [0.3217177, 2.101402, 2.101402, 3.5161986]]), rtol=1e-6)


def test_rrelu_in_training_uses_random_slopes_in_bounds():
    x = nd.array(np.where(np.arange(200).reshape(4, 50) % 2, -1.0, 2.0))
    x.attach_grad()
    with autograd.record():
        y = nd.LeakyReLU(x, act_type="rrelu", lower_bound=0.1, upper_bound=0.3)[0]
    y.backward(nd.ones(y.shape) * 2)
    slopes = (y / x).asnumpy()
    neg = x.asnumpy() < 0
    assert ((slopes[neg] >= 0.1) & (slopes[neg] <= 0.3)).all() and np.unique(slopes[neg]).size > 10
    assert_almost_equal(x.grad, np.where(neg, 2 * slopes, 2.0), rtol=1e-6)


def test_prelu_gamma_gradient_sums_per_channel():
    x = np.array([[[1.0, -2.0], [-1.0, 3.0]], [[-0.5, 1.0], [-1.5, -1.0]]])
    gamma = nd.array([0.1, 0.2])
    gamma.attach_grad()
    with autograd.record():
        y = nd.LeakyReLU(nd.array(x), gamma, act_type="prelu")
    y.backward(nd.ones(y.shape))
    assert_almost_equal(gamma.grad, np.array([-2.5, -3.5]))


def test_activation_softrelu_and_unknown_type():
    assert_almost_equal(nd.Activation(nd.array(X * 20), act_type="softrelu"),
                        np.array([[10.000046, 0.0, 5.0067153, 40.0], [30.0, 0.6931472, 0.0000448, 15.0],
                                  [0.0, 20.0, 10.000046, 0.6931472]]), rtol=1e-5, atol=1e-5)
    with pytest.raises(MXNetError, match="Invalid Input: 'swish', valid values are"):
        nd.Activation(nd.array(X), act_type="swish")


# ---- FullyConnected ---------------------------------------------------------------------------
def test_fully_connected_shape_error_names_the_shapes():
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[4,5\], inferred shape=\(4,3\)$"):
        nd.FullyConnected(nd.ones((2, 3)), nd.ones((4, 5)), nd.ones((4,)), num_hidden=4)
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[4,3\], inferred shape=\(5,3\)$"):
        nd.FullyConnected(nd.ones((2, 3)), nd.ones((4, 3)), nd.ones((4,)), num_hidden=5)


def test_fully_connected_flatten_false_keeps_leading_axes():
    y = nd.FullyConnected(nd.ones((2, 3, 4)), nd.ones((5, 4)), nd.zeros((5,)), num_hidden=5, flatten=False)
    assert y.shape == (2, 3, 5) and y.dtype == np.float32
    assert nd.FullyConnected(nd.ones((2, 3)), nd.ones((4, 3)), no_bias=True, num_hidden=4).shape == (2, 4)


# ---- regression outputs and MakeLoss, values from MXNet ---------------------------------------------------
def _grad_of(op, x, *rest, dy=7.0, **attrs):
    data = nd.array(x)
    data.attach_grad()
    with autograd.record():
        y = op(data, *[nd.array(r) for r in rest], **attrs)
    y.backward(nd.ones(y.shape) * dy)
    return y.asnumpy(), data.grad.asnumpy()


def test_regression_outputs_scale_by_outputs_per_sample_and_ignore_dy():
    p = np.array([[0.2, -0.4, 0.6], [0.1, 0.9, -0.3]])
    label = np.array([[0.5, 0.5, -0.5], [0.0, 1.0, 0.0]])
    _, g = _grad_of(nd.LinearRegressionOutput, p, label, grad_scale=2.0)
    assert_almost_equal(g, (p - label) * 2 / 3, rtol=1e-5)
    y, g = _grad_of(nd.LogisticRegressionOutput, p, label)
    assert_almost_equal(g, (_sigmoid(p) - label) / 3, rtol=1e-5)
    _, g = _grad_of(nd.MAERegressionOutput, p, label, grad_scale=2.0)
    assert_almost_equal(g, np.sign(p - label) * 2 / 3, rtol=1e-6)
    _, g = _grad_of(nd.LinearRegressionOutput, p[:, :1], label[:, 0])   # label (n,) for an (n, 1) output
    assert_almost_equal(g, p[:, :1] - label[:, :1], rtol=1e-5)


def test_make_loss_normalizations_match_mxnet():
    p = np.array([[0.235271, 0.224191, 0.233868], [0.887496, 0.363641, -0.280984]])
    assert_almost_equal(_grad_of(nd.MakeLoss, p, grad_scale=3.0)[1], np.full((2, 3), 3.0))
    assert_almost_equal(_grad_of(nd.MakeLoss, p, normalization="batch")[1], np.full((2, 3), 0.5))
    assert_almost_equal(_grad_of(nd.MakeLoss, p, normalization="valid", valid_thresh=0.1)[1], np.full((2, 3), 0.2))


def test_hard_sigmoid_defaults():
    got = nd.hard_sigmoid(nd.array([-3.0, 0.0, 1.0, 3.0]))
    assert_almost_equal(got, np.array([0.0, 0.5, 0.7, 1.0]), rtol=1e-6)


def test_softmax_bits_as_mxnet():
    """float32 softmax over the last axis follows oneDNN's arithmetic; other cases MXNet's own kernel."""
    from distnet import nd
    x = nd.array([[1.0, 2.0, 0.5, -1.0]])
    assert nd.softmax(x).asnumpy().tolist() == [[0.22420784831047058, 0.6094600558280945, 0.13598892092704773,
                                                 0.030343228951096535]]
    assert nd.log_softmax(x).asnumpy().tolist()[0][0] == -1.4951794147491455
    assert nd.softmax(x, dtype="float64").asnumpy().tolist()[0][3] == 0.030343227088451385
    assert nd.softmax(x.astype("float16")).asnumpy().tolist()[0][3] == 0.0303497314453125
    assert nd.softmax(nd.array([[1.0, np.inf, 0.0]])).asnumpy()[0, [0, 2]].tolist() == [0.0, 0.0]


def test_softmax_input_checks():
    from distnet import nd
    from distnet.base import MXNetError
    with pytest.raises(MXNetError, match="only support floating point types, not int32"):
        nd.softmax(nd.ones((2, 3), dtype="int32")).asnumpy()        # found by the kernel
    with pytest.raises(MXNetError):
        nd.softmax(nd.ones((2, 3)), nd.array([1.0, 2.0]), use_length=True).asnumpy()    # found by the kernel
    with pytest.raises(MXNetError):
        nd.SoftmaxOutput(nd.ones((2, 3)), nd.ones((3,)))
    with pytest.raises(MXNetError):
        nd.LinearRegressionOutput(nd.ones((3, 2)), nd.ones((6,)))


def test_softmax_gradient_bits_as_mxnet():
    """oneDNN's 16-lane sums for the float32 last-axis backward, ordered sums for MXNet's own kernels."""
    x = nd.array(np.sin(np.arange(40)).reshape(2, 20) * 3)
    w = nd.array(np.cos(np.arange(40)).reshape(2, 20))
    got = {}
    for name, kw in [("softmax", {}), ("log_softmax", {}), ("softmax", {"temperature": 2.0})]:
        p = x.copy()
        p.attach_grad()
        with autograd.record():
            y = getattr(nd, name)(p, **kw)
        y.backward(w)
        got[name + str(kw)] = p.grad.asnumpy().ravel()
    assert got["softmax{}"][5] == np.float32(0.00016153717297129333)
    assert got["log_softmax{}"][1] == np.float32(0.38949084281921387)
    assert got["softmax{'temperature': 2.0}"][0] == np.float32(0.014827849343419075)


# ---- label dtypes: MXNet 1.9.1 requires the label in data's dtype, integers included ------------------
@pytest.mark.parametrize("label_dtype", ["int32", "int64", "uint8", "int8", "float16", "float64"])
@pytest.mark.parametrize("op, message", [
    ("SoftmaxOutput", "This layer requires uniform type. Expected 'float32' v.s. given '{}' at 'label'"),
    ("softmax_cross_entropy", "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: "
                              "expected float32, got {}"),
    ("LinearRegressionOutput", "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: "
                               "expected float32, got {}"),
])
def test_loss_ops_refuse_labels_of_another_dtype(op, message, label_dtype):
    label_shape = (3, 4) if op == "LinearRegressionOutput" else (3,)
    with pytest.raises(MXNetError) as err:
        getattr(nd, op)(nd.array(X), nd.zeros(label_shape, dtype=label_dtype))
    assert message.format(label_dtype) in message_of(err.value)


@pytest.mark.parametrize("op", ["SoftmaxOutput", "SVMOutput"])
@pytest.mark.parametrize("label_dtype, flag", [("float64", 1), ("float16", 2), ("uint8", 3), ("int32", 4), ("int64", 6)])
def test_output_layers_name_the_type_flags_of_a_label_of_another_dtype(op, label_dtype, flag):
    with pytest.raises(MXNetError) as err:
        getattr(nd, op)(nd.array(X), nd.zeros((3,), dtype=label_dtype))
    assert message_of(err.value).splitlines()[0] == (f"Check failed: (*in_type)[i] == dtype ({flag} vs. 0) : This layer "
                                              f"requires uniform type. Expected 'float32' v.s. given '{label_dtype}' "
                                              "at 'label'")


def test_softmax_output_with_multi_output_reads_the_class_axis_of_1d_data():
    with pytest.raises(MXNetError, match=re.escape("Check failed: i >= 0 && i < ndim(): index = 1 must be in range "
                                                   "[0, 1)")):
        nd.SoftmaxOutput(nd.ones((3,)), nd.ones((3,)), multi_output=True)


def test_softmax_cross_entropy_refuses_a_label_gradient_when_the_gradient_is_read():
    data, label = nd.array(X), nd.array([0, 1, 2])
    data.attach_grad()
    label.attach_grad()
    with autograd.record():
        out = nd.softmax_cross_entropy(data, label)
    out.backward()          # as MXNet's engine: the backward kernel's check surfaces with its gradients
    with pytest.raises(MXNetError) as err:
        data.grad.asnumpy()
    assert message_of(err.value).splitlines()[0] == ("SoftmaxCrossEntropy: Check failed: req[1] == kNullOp (1 vs. 0) : "
                                              "Cannot take gradient wrt label")


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
def test_loss_ops_take_labels_of_the_data_dtype(dtype):
    data, label = nd.array(X, dtype=dtype), nd.array([1, 0, 3], dtype=dtype)
    assert nd.SoftmaxOutput(data, label).dtype == np.dtype(dtype)
    xent = nd.softmax_cross_entropy(data, label)
    assert xent.dtype == np.dtype(dtype) and xent.shape == (1,)


# ---- gelu and prelu compute in float32 for float64 data too (values from MXNet 1.9.1) ------------------
X64 = np.array([[-1.3, -0.2, 0.1234567891234, 0.7, 2.5, 1e-3]])


def test_float64_gelu_is_float32_arithmetic_like_mxnet():
    data = nd.array(X64, dtype="float64")
    data.attach_grad()
    with autograd.record():
        y = nd.LeakyReLU(data, act_type="gelu")
    y.backward()
    assert y.dtype == np.float64
    assert y.asnumpy()[0].tolist() == [-0.12584061920642853, -0.08414806425571442, 0.06779348850250244,
                                       0.5306254625320435, 2.48447585105896, 0.0005003989790566266]
    assert data.grad.asnumpy()[0].tolist() == [-0.12597870826721191, 0.3425317704677582, 0.598005473613739,
                                               0.9766141176223755, 1.0376111268997192, 0.5007978677749634]


def test_float64_prelu_rounds_its_negative_side_to_float32_like_mxnet():
    data, gamma = nd.array(X64, dtype="float64"), nd.array([0.25], dtype="float64")
    data.attach_grad()
    gamma.attach_grad()
    with autograd.record():
        y = nd.LeakyReLU(data, gamma, act_type="prelu")
    y.backward()
    # the positive side passes through in double; the gradients stay double
    assert y.asnumpy()[0].tolist() == [-0.32499998807907104, -0.05000000074505806, 0.1234567891234, 0.7, 2.5,
                                       0.001]
    assert data.grad.asnumpy()[0].tolist() == [0.25, 0.25, 1.0, 1.0, 1.0, 1.0]
    assert gamma.grad.asnumpy().tolist() == [-1.5]


# ---- loss layers' arithmetic: float16 softmax rounds every step, the gradient scale is a float ---------
# (values from MXNet 1.9.1 for X_SO = 3 sin(0..11) as (3, 4); outputs then gradients for a head of ones)
X_SO = (np.sin(np.arange(12)) * 3).reshape(3, 4)


def _same_bits(got, want, dtype):
    """float16: every bit; float64: within an ulp or two (MXNet's double exp here is off by an ulp now and
    then, while a wrongly rounded float gradient scale would show at 1e-9)."""
    for g, w in zip(got, want):
        if dtype == "float16":
            assert g.asnumpy().ravel().tolist() == w
        else:
            np.testing.assert_allclose(g.asnumpy().ravel(), w, rtol=1e-15, atol=0)


@pytest.mark.parametrize("dtype", ["float16", "float64"])
def test_loss_layer_bits_match_mxnet(dtype):
    data = nd.array(X_SO, dtype=dtype)
    data.attach_grad()
    with autograd.record():
        y = nd.SoftmaxOutput(data.reshape((3, 2, 2)), nd.array([[1, 0], [0, 1], [1, 1]], dtype=dtype),
                             multi_output=True, grad_scale=1.5)
    y.backward()
    _same_bits([y, data.grad], SO_BITS[dtype + "_multi"], dtype)
    with autograd.record():
        y = nd.SoftmaxOutput(data, nd.array([1, 0, 3], dtype=dtype), normalization="batch")
    y.backward()
    _same_bits([y, data.grad], SO_BITS[dtype + "_batch"], dtype)
    with autograd.record():
        y = nd.softmax_cross_entropy(data, nd.array([1, 0, 3], dtype=dtype))
    y.backward(nd.array([3.0], dtype=dtype))
    _same_bits([y, data.grad], SO_BITS[dtype + "_xent"], dtype)


SO_BITS = {'float16_batch': [[0.032989501953125, 0.411376953125, 0.50537109375, 0.0504150390625, 0.01328277587890625,
                    0.0072479248046875, 0.05572509765625, 0.92431640625, 0.8408203125, 0.148681640625,
                    0.0084381103515625, 0.0021495819091796875],
                   [0.01099395751953125, -0.1962890625, 0.16845703125, 0.0167999267578125, -0.328857421875,
                    0.002414703369140625, 0.0185699462890625, 0.30810546875, 0.2802734375, 0.049560546875,
                    0.002811431884765625, -0.33251953125]],
 'float16_multi': [[0.061309814453125, 0.89111328125, 0.9384765625, 0.10919189453125, 0.1927490234375,
                    0.007781982421875, 0.80712890625, 0.9921875, 0.990234375, 0.9853515625,
                    0.0099334716796875, 0.0142822265625],
                   [0.045989990234375, -0.0816650390625, -0.046142578125, 0.0819091796875, -0.60546875,
                    0.00583648681640625, 0.60546875, -0.005859375, 0.74267578125, 0.7392578125,
                    -0.74267578125, -0.7392578125]],
 'float16_xent': [[11.34375],
                  [0.0989990234375, -1.7666015625, 1.515625, 0.1512451171875, -2.9609375, 0.0217437744140625,
                   0.167236328125, 2.7734375, 2.5234375, 0.446044921875, 0.0253143310546875, -2.994140625]],
 'float64_batch': [[0.03299104867013224, 0.41184589028759083, 0.5047829589971918, 0.05038010204508509,
                    0.01329152964618726, 0.0072482613445911835, 0.05566145824777355, 0.923798750761448,
                    0.8406260752535195, 0.14877389315167922, 0.008448668621446404, 0.0021513629733549504],
                   [0.010997016551114036, -0.19605137574692255, 0.16826099134696543, 0.016793367848843044,
                    -0.32890283325333886, 0.002416087186868735, 0.018553819968871423, 0.30793292609759876,
                    0.28020870010204296, 0.049591299195162246, 0.00281622295774545, -0.33261622225495063]],
 'float64_multi': [[0.06134742140706261, 0.8910054759343233, 0.9386525785929375, 0.1089945240656766,
                    0.1927622000460315, 0.007785064825239631, 0.8072377999539686, 0.9922149351747603,
                    0.9900495584371186, 0.9857455072226438, 0.009950441562881477, 0.01425449277735631],
                   [0.04601056605529696, -0.0817458930492575, -0.04601056605529688, 0.08174589304925745,
                    -0.6054283499654763, 0.0058387986189297235, 0.6054283499654765, -0.005838798618929747,
                    0.7425371688278389, 0.7393091304169828, -0.7425371688278388, -0.7393091304169828]],
 'float64_xent': [[11.349388064259983],
                  [0.09897314601039672, -1.7644623291372277, 1.5143488769915754, 0.15114030613525528,
                   -2.960125411061438, 0.02174478403377355, 0.16698437474332065, 2.771396252284344,
                   2.5218782257605588, 0.44632167945503765, 0.025346005864339213, -2.993545911079935]]}


@pytest.mark.parametrize("dtype, c_type", [("float16", "half"), ("float64", "double"), ("int32", "int")])
def test_softmax_activation_is_float32_only(dtype, c_type):
    # the kernel's checks: the call returns, reading the result fails
    y = nd.SoftmaxActivation(nd.ones((2, 3), dtype=dtype))
    with pytest.raises(MXNetError, match=f"data type do not match specified type.Expected: {c_type} v.s. given float"):
        y.asnumpy()
    # the channel-mode rank check comes first, as in MXNet
    with pytest.raises(MXNetError, match="a least 3 dimensions when mode=channel"):
        nd.SoftmaxActivation(nd.ones((2, 3), dtype=dtype), mode="channel").asnumpy()


# hard_sigmoid's alpha and beta are C floats; float16 rounds after each step; MakeLoss divides in float
# (values from MXNet 1.9.1)
def test_hard_sigmoid_and_make_loss_float_attributes():
    x = nd.array([[-1.7, 0.123456789, 0.9, 2.2]], dtype="float64")
    x.attach_grad()
    with autograd.record():
        y = nd.hard_sigmoid(x, alpha=0.3, beta=0.4)
    y.backward()
    assert y.asnumpy().tolist() == HARD_SIGMOID_64[0] and x.grad.asnumpy().tolist() == HARD_SIGMOID_64[1]
    h = nd.array([[-1.7, 0.123456789, 0.9, 2.2]], dtype="float16")
    assert nd.hard_sigmoid(h, alpha=0.3, beta=0.4).asnumpy().tolist() == HARD_SIGMOID_16
    with autograd.record():
        loss = nd.MakeLoss(x, grad_scale=0.7, normalization="batch")
    loss.backward()
    assert x.grad.asnumpy().tolist() == [[0.699999988079071] * 4]
HARD_SIGMOID_64 = [[[0.0, 0.4370370441321841, 0.6700000166893005, 1.0]],
                   [[0.0, 0.30000001192092896, 0.30000001192092896, 0.0]]]
HARD_SIGMOID_16 = [[0.0, 0.43701171875, 0.669921875, 1.0]]


# ---- float16 activations: scalars such as the slope become halves, each operation rounds (MXNet 1.9.1) -----
X16 = [[-3.708984375, -3.637, -0.724, 0.5, -0.2234, 1.7], [-0.8755, 2.2, -1.5, 0.01, -2.5, 0.3]]
HEAD16 = [[0.7, -1.2, 1.248, 0.3, 1.18, -0.5], [-1.185, 0.4, 1.097, -0.9, 0.25, 0.6]]


@pytest.mark.parametrize("op", ["leaky", "elu", "selu", "log_softmax"])
def test_float16_activation_bits_match_mxnet(op):
    data = nd.array(X16, dtype="float16")
    data.attach_grad()
    with autograd.record():
        if op == "log_softmax":
            y = nd.log_softmax(data, axis=1, temperature=0.6)
        else:
            y = nd.LeakyReLU(data, act_type=op, slope=0.3)
    y.backward(nd.array(HEAD16, dtype="float16"))
    assert y.dtype == np.float16 and data.grad.dtype == np.float16
    assert [y.asnumpy().ravel().tolist(), data.grad.asnumpy().ravel().tolist()] == ACT16[op]


ACT16 = {'elu': [[-0.292724609375, -0.292236328125, -0.154541015625, 0.5, -0.06005859375, 1.7001953125,
          -0.175048828125, 2.19921875, -0.233154296875, 0.01000213623046875, -0.275390625, 0.300048828125],
         [0.005126953125, -0.00937652587890625, 0.181640625, 0.300048828125, 0.283203125, -0.5,
          -0.1480712890625, 0.39990234375, 0.0733642578125, -0.89990234375, 0.00616455078125,
          0.60009765625]],
 'leaky': [[-1.11328125, -1.0908203125, -0.21728515625, 0.5, -0.0670166015625, 1.7001953125, -0.2626953125,
            2.19921875, -0.4501953125, 0.01000213623046875, -0.75, 0.300048828125],
           [0.2100830078125, -0.360107421875, 0.37451171875, 0.300048828125, 0.35400390625, -0.5, -0.35546875,
            0.39990234375, 0.3291015625, -0.89990234375, 0.07501220703125, 0.60009765625]],
 'log_softmax': [[-9.1953125, -9.0703125, -4.21484375, -2.177734375, -3.3828125, -0.1767578125, -5.1953125,
                  -0.07342529296875, -6.23828125, -3.72265625, -7.90625, -3.240234375],
                 [1.1669921875, -2.0, 2.037109375, 0.174072265625, 1.8681640625, -3.244140625, -1.9755859375,
                  0.26025390625, 1.826171875, -1.509765625, 0.41650390625, 0.98291015625]],
 'selu': [[-1.71484375, -1.7119140625, -0.90625, 0.525390625, -0.35205078125, 1.7861328125, -1.025390625,
           2.310546875, -1.3662109375, 0.0105133056640625, -1.6142578125, 0.315185546875],
          [-0.0305938720703125, 0.048736572265625, 1.005859375, 0.315185546875, 1.638671875, -0.525390625,
           -0.80615234375, 0.420166015625, 0.35400390625, -0.94580078125, 0.01549530029296875,
           0.63037109375]]}


def test_label_smoothing_rounds_like_mxnet():
    # from MXNet 1.9.1: (p - 1) + alpha at the label and p - alpha / (k - 1) elsewhere, each step in float16
    data = nd.array(X16, dtype="float16")
    data.attach_grad()
    with autograd.record():
        y = nd.SoftmaxOutput(data, nd.array([1, 4], dtype="float16"), smooth_alpha=0.3)
    y.backward()
    assert data.grad.asnumpy().ravel().tolist() == SMOOTH16
SMOOTH16 = [-0.057098388671875, -0.697265625, -0.0026874542236328125, 0.134765625, 0.03448486328125, 0.58740234375,
 -0.0255126953125, 0.685546875, -0.041534423828125, 0.0235595703125, -0.693359375, 0.0516357421875]


def test_output_layers_of_a_vector_take_a_0d_label():
    # MXNet's shape functions give the label of 1-D data the shape (): inferred, and taken imperatively
    from distnet import sym
    for op in ("SoftmaxOutput", "SVMOutput"):
        assert getattr(sym, op)(sym.var("d"), name="o").infer_shape(d=(3,)) == ([(3,), ()], [(3,)], [])
    x = np.array([0.5, -1.0, 2.0])
    p = _softmax(x)
    # predicting, oneDNN normalises the vector; training, each element is a row of one class
    assert_almost_equal(nd.SoftmaxOutput(nd.array(x), nd.array(np.array(2.0))), p, rtol=1e-5)
    with autograd.record():
        assert_almost_equal(nd.SoftmaxOutput(nd.array(x), nd.array(np.array(2.0))), np.ones(3), rtol=0)
    got = _so_grad(x, np.array(1.0), preserve_shape=True)
    assert_almost_equal(got, p - np.eye(3)[1], rtol=1e-5, atol=1e-6)


def test_softmax_cross_entropy_shape_check_in_a_graph_keeps_the_words_as_raised():
    # an NDArray call's error normaliser moves 'SoftmaxCrossEntropy:' in front; a graph's error shows it as raised
    from distnet import sym
    with pytest.raises(MXNetError) as info:
        sym.softmax_cross_entropy(sym.var("a"), sym.var("b"), name="sce").infer_shape(a=(3, 4), b=(4,))
    assert message_of(info.value).endswith("Error in operator sce: Check failed: (*in_attrs)[0][0] == (*in_attrs)[1][0] "
                                    "(3 vs. 4) : SoftmaxCrossEntropy: data label shape mismatch")
    with pytest.raises(MXNetError) as info:
        nd.softmax_cross_entropy(nd.ones((3, 4)), nd.ones((4,)))
    assert message_of(info.value).startswith("SoftmaxCrossEntropy: Check failed: (*in_attrs)[0][0] == (*in_attrs)[1][0] "
                                      "(3 vs. 4) : data label shape mismatch")


def _unary_grad(op, x, head, **attrs):
    x = nd.array(x, dtype=x.dtype)
    x.attach_grad()
    with autograd.record():
        y = getattr(nd, op)(x, **attrs)
    y.backward(nd.array(head, dtype=x.dtype))
    return x.grad.asnumpy()


def test_leaky_negative_slope_gradient_tests_the_output_outside_onednn():
    # MXNet's own kernel (float64, float16) takes slope where y <= 0: below zero a negative slope gives y > 0, so 1
    x = np.array([-2.0, -0.5, 0.5, 3.0])
    head = np.array([0.25, -0.75, 1.5, -2.0])
    for dtype in ("float64", "float16"):
        got = _unary_grad("LeakyReLU", x.astype(dtype), head.astype(dtype), act_type="leaky", slope=-0.5)
        assert got.tolist() == head.astype(dtype).tolist()
        got = _unary_grad("LeakyReLU", x.astype(dtype), head.astype(dtype), act_type="leaky", slope=0.5)
        assert got.tolist() == (head * [0.5, 0.5, 1, 1]).astype(dtype).tolist()


def test_hard_sigmoid_gradient_inside_the_slope_is_dy_times_alpha_with_its_sign():
    x = np.array([0.1, -0.2, 0.3, 5.0], np.float32)
    head = np.array([1.0, -1.0, -2.0, -3.0], np.float32)
    got = _unary_grad("hard_sigmoid", x, head, alpha=0.0, beta=0.5)      # all inside: dy * 0 keeps dy's sign
    assert got.tolist() == [0.0, 0.0, 0.0, 0.0]
    assert np.signbit(got).tolist() == [False, True, True, True]
    got = _unary_grad("hard_sigmoid", x, head, alpha=0.2, beta=0.5)      # 5.0 is outside the slope: +0
    assert got.tolist() == [np.float32(0.2), np.float32(-0.2), np.float32(-0.4), 0.0]
    assert not np.signbit(got[3])


def test_prelu_gamma_gradient_of_a_vector_keeps_the_sign_of_zero_products():
    x, gamma = nd.array([0.5, -1.0, 2.0]), nd.array([0.1, 0.2, 0.3])
    gamma.attach_grad()
    with autograd.record():
        y = nd.LeakyReLU(x, gamma, act_type="prelu")
    y.backward(nd.array([-1.0, 2.0, 1.0]))
    got = gamma.grad.asnumpy()
    assert got.tolist() == [0.0, -2.0, 0.0] and np.signbit(got).tolist() == [True, True, False]


def test_softmax_cross_entropy_checks_the_label_shape_before_its_dtype():
    with pytest.raises(MXNetError, match=r"Check failed: \(\*in_attrs\)\[1\]\.ndim\(\) == 1U \(2 vs. 1\)"):
        nd.softmax_cross_entropy(nd.ones((2, 3), dtype="float16"), nd.ones((2, 3)))
    with pytest.raises(MXNetError, match="at 1-th input: expected float32, got int32"):
        nd.softmax_cross_entropy(nd.ones((2, 3)), nd.ones((2,), dtype="int32"))


# MXNet 1.9.1 on a CPU its OpenBLAS does not know: FullyConnected over 5+ axes runs its own kernel, whose gemms
# (forward and backward) add as the Prescott sgemm adds
@pytest.mark.parametrize("shape,flatten,expected", [
    ((2, 2, 3, 3, 3), True, ("72e421d58a44f44a", "621c77cad0d74762", "8c219f777a52d228", "88a5b6422789088d")),
    ((2, 2, 3, 3, 3), False, ("c76d470c35ce86ac", "7e06e69078ceec0a", "c090c62f383ac3bb", "6add7859386ae912")),
    ((3, 2, 1, 3, 3, 9), False, ("230370f0eb6929c1", "db187232d0b15085", "e434a50f360551cc", "454b25c05e322246"))])
def test_fully_connected_over_many_axes_adds_as_openblas_prescott_sgemm(shape, flatten, expected, monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "prescott")
    rs = np.random.RandomState(sum(shape))
    units = int(np.prod(shape[1:])) if flatten else shape[-1]
    x, w, b = (nd.array(rs.uniform(-1, 1, s).astype(np.float32)) for s in (shape, (5, units), (5,)))
    for v in (x, w, b):
        v.attach_grad()
    with autograd.record():
        y = nd.FullyConnected(x, w, b, num_hidden=5, flatten=flatten)
    y.backward(nd.array(rs.uniform(-1, 1, y.shape).astype(np.float32)))
    assert tuple(hashlib.sha256(r.asnumpy().tobytes()).hexdigest()[:16] for r in (y, x.grad, w.grad, b.grad)) \
        == expected

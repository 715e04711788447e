"""Corners of gluon.loss's argument space where MXNet 1.9.1's behaviour was measured (values recorded from it)."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, nd
from distnet.base import MXNetError, NotImplementedForSymbol

L = mx.gluon.loss


def _ctc_inputs():
    pred = nd.array(np.random.RandomState(0).uniform(-2, 2, (3, 6, 4)))
    return pred, nd.array([[0, 1, -1], [1, -1, -1], [2, 2, 0]]), nd.array([2, 1, 3])


@pytest.mark.parametrize("hybridize", [False, True])
def test_ctc_label_lengths_without_pred_lengths(hybridize):
    pred, label, label_lengths = _ctc_inputs()
    loss = L.CTCLoss()
    if hybridize:
        loss.hybridize()
    out = loss(pred, label, None, label_lengths)
    assert out.asnumpy().tolist() == [3.709198236465454, 4.656473636627197, 6.228597640991211]   # MXNet 1.9.1


def test_ctc_operator_binds_a_lone_third_input_as_label_lengths():
    pred, label, label_lengths = _ctc_inputs()
    data = pred.swapaxes(0, 1)
    lone = nd.CTCLoss(data, label, label_lengths, use_label_lengths=True, blank_label="last")
    named = nd.CTCLoss(data, label, None, label_lengths, use_label_lengths=True, blank_label="last")
    assert lone.asnumpy().tolist() == named.asnumpy().tolist()


def test_poisson_compute_full_adds_stirling_in_place():
    loss = L.PoissonNLLLoss(compute_full=True)
    assert loss(nd.array([[0.5, 1.]]), nd.array([[3., 2.]])).asnumpy().tolist() == [1.641445517539978]
    loss.hybridize()
    with pytest.raises(NotImplementedForSymbol):       # MXNet's ``*=`` on a Symbol
        loss(nd.array([[0.5, 1.]]), nd.array([[3., 2.]]))
    pred = nd.array([[0.5, 1.]])
    pred.attach_grad()
    with pytest.raises(MXNetError), autograd.record():     # ``+=`` on a recorded array
        L.PoissonNLLLoss(compute_full=True)(pred, nd.array([[3., 2.]]))


def test_sdml_refuses_batches_of_different_shapes():
    with pytest.raises(AssertionError):
        L.SDMLLoss()(nd.ones((2, 3)), nd.ones((3, 3)))


def test_numpy_label_fails_as_the_left_operand_of_a_subtraction():
    with pytest.raises(AssertionError, match="must have NDArray type"):
        L.L2Loss()(nd.ones((2, 3)), np.ones((2, 3)))
    with pytest.raises(AssertionError, match="Argument lhs must have NDArray type"):
        np.ones(2) / nd.ones(2)
    with pytest.raises(AssertionError):
        nd.ones(2).__rsub__([1, 2])
    with pytest.raises(TypeError):       # commutative: MXNet calls the array's own method, which refuses
        np.ones(2) * nd.ones(2)
    with pytest.raises(TypeError):
        nd.ones(2) - np.ones(2)


def test_hybridized_loss_refuses_a_bool_weight():
    loss = L.L1Loss(weight=True)
    assert loss(nd.ones((1, 2)), nd.zeros((1, 2))).asnumpy().tolist() == [1.0]
    loss.hybridize()
    with pytest.raises(MXNetError, match="expect double"):
        loss(nd.ones((1, 2)), nd.zeros((1, 2)))


@pytest.mark.parametrize("hybridize", [False, True])
def test_numpy_mode_losses_average_all_but_the_first_axis(hybridize):
    mx.npx.set_np()
    try:
        loss = L.L1Loss(batch_axis=1)       # MXNet's NumPy-mode path does not use batch_axis
        if hybridize:
            loss.hybridize()
        out = loss(mx.np.array([[1., 2., 3.], [4., 5., 7.]]), mx.np.zeros((2, 3)))
        assert out.tolist() == [2.0, 5.333333492279053]
        row = [[2.099609375, 0.89013671875, 2.439453125, 1.1904296875, 2.640625, 1.740234375, 2.650390625]]
        half = L.L1Loss()(mx.np.array(row, dtype="float16"), mx.np.zeros((1, 7), dtype="float16"))
        assert half.tolist() == [1.9501953125]        # np.mean's rounding (the legacy mean gives 1.951171875)
    finally:
        mx.npx.reset_np()


def test_weight_kinds():
    with pytest.raises(AssertionError, match="weight must be a number"):     # complex is no MXNet number
        L.L1Loss(weight=1j)(nd.ones((1, 2)), nd.zeros((1, 2)))
    loss = L.L1Loss(weight=np.float16(0.3))
    assert loss(nd.array([[1., 2.]]), nd.zeros((1, 2))).asnumpy().tolist() == [0.4500732421875]
    loss.hybridize()        # a Symbol's scalar is written as str(0.3) and read back as a double
    assert loss(nd.array([[1., 2.]]), nd.zeros((1, 2))).asnumpy().tolist() == [0.45000001788139343]


def test_float16_mean_gradient_stays_half_over_long_rows():
    # numpy promoted dy / 300 to float32, so the next backward multiplied in float32; MXNet (measured):
    # half(1/300) * half(1/x), each rounded to half
    xs = np.random.RandomState(0).uniform(0.01, 0.99, (4, 300)).astype(np.float16)
    x = nd.array(xs, dtype="float16")
    x.attach_grad()
    with autograd.record():
        loss = L.SigmoidBCELoss(from_sigmoid=True)(x, nd.ones((4, 300), dtype="float16"))
    loss.backward()
    expected = -(np.float16(1 / 300) * (1 / xs.astype(np.float32)).astype(np.float16))
    assert x.grad.asnumpy().view(np.int16).tolist() == expected.view(np.int16).tolist()


def test_none_left_of_a_subtraction_is_an_operator_error():
    with pytest.raises(MXNetError, match="expects 2 inputs"):      # MXNet drops the None input
        None - nd.ones(2)


@pytest.mark.parametrize("make", [lambda v: L.CTCLoss(layout=v), lambda v: L.CTCLoss(label_layout=v),
                                  lambda v: L.LogisticLoss(label_format=v), lambda v: mx.gluon.rnn.LSTM(3, layout=v)])
def test_a_tuple_option_breaks_the_refusals_percent_formatting(make):
    with pytest.raises(TypeError, match="not all arguments converted during string formatting"):
        make((2, 2))
    with pytest.raises((AssertionError, ValueError), match="Got: x|recieved x|Invalid layout x"):
        make(("x",))                                        # a one-item tuple is formatted as its item

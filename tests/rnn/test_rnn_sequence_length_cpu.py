"""use_sequence_length on CPU as MXNet 1.9.1's build: float32 RNNs (oneDNN) ignore the lengths, the native
kernel (float64, projection) refuses them when the result is read. Expected numbers measured on MXNet 1.9.1."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, gluon, nd
from distnet.base import MXNetError

REFUSED = "RNN use_sequence_length option is only available for cuDNN version >= 7.2"
# gluon layers of hidden size 2 on nd.ones((3, 2, 2)) * 0.1, every weight 1, lengths [3, 1]: out[:, 0, 0]
# and the gradient of out.sum() for l0_i2h_weight[:, 0], as MXNet prints them (lengths ignored)
MEASURED = {
    gluon.rnn.LSTM: ([0.059437, 0.137168, 0.245248], [0.053989, 0.013026, 0.440548, 0.055911]),
    gluon.rnn.GRU: ([0.088852, 0.173208, 0.255057], [0.011243, -0.058453, 0.459172]),
    gluon.rnn.RNN: ([0.2, 0.6, 1.4], [2.2]),
}


def _layer(cls, dtype="float32", **kwargs):
    layer = cls(2, 1, use_sequence_length=True, input_size=2, dtype=dtype, **kwargs)
    layer.initialize(mx.init.One())
    return layer


@pytest.mark.parametrize("cls", list(MEASURED), ids=lambda c: c.__name__)
@pytest.mark.parametrize("bidirectional", [False, True])
def test_float32_layers_ignore_the_lengths(cls, bidirectional):
    out_expected, grad_expected = MEASURED[cls]
    layer = _layer(cls, bidirectional=bidirectional)
    x = nd.ones((3, 2, 2)) * 0.1
    with autograd.record():
        out, states = layer(x, layer.begin_state(2), sequence_length=nd.array([3, 1]))
    out.backward()
    o = out.asnumpy()
    np.testing.assert_allclose(o[:, 0, 0], out_expected, atol=2e-6)
    np.testing.assert_array_equal(o[:, 1], o[:, 0])          # the length-1 sequence ran all 3 steps
    np.testing.assert_array_equal(states[0].asnumpy()[:, 1], states[0].asnumpy()[:, 0])
    grad = layer.l0_i2h_weight.grad().asnumpy()
    np.testing.assert_allclose(grad[:, 0].reshape(len(grad_expected), -1)[:, 0], grad_expected, atol=2e-6)


def test_hybridized_lstm_ignores_the_lengths_too():
    layer = _layer(gluon.rnn.LSTM)
    layer.hybridize()
    out = layer(nd.ones((3, 2, 2)) * 0.1, sequence_length=nd.array([3, 1])).asnumpy()
    np.testing.assert_allclose(out[:, 1, 0], MEASURED[gluon.rnn.LSTM][0], atol=2e-6)


@pytest.mark.parametrize("cls", list(MEASURED), ids=lambda c: c.__name__)
def test_float64_layers_fail_when_the_result_is_read(cls):
    layer = _layer(cls, dtype="float64")
    x = nd.ones((3, 2, 2), dtype="float64") * 0.1
    out = layer(x, sequence_length=nd.array([3, 1], dtype="float64"))
    assert out.shape == (3, 2, 2) and out.dtype == np.float64       # the call itself succeeds
    with pytest.raises(MXNetError, match=REFUSED):
        out.asnumpy()
    x.attach_grad()
    with autograd.record():
        out = layer(x, sequence_length=nd.array([3, 1], dtype="float64"))
    out.backward()                                                   # as MXNet: the backward is queued
    with pytest.raises(MXNetError, match=REFUSED):
        x.grad.asnumpy()


def test_projection_runs_the_native_kernel_and_fails_when_read():
    layer = _layer(gluon.rnn.LSTM, projection_size=1)
    out = layer(nd.ones((3, 2, 2)) * 0.1, sequence_length=nd.array([3, 1]))
    assert out.shape == (3, 2, 1)
    with pytest.raises(MXNetError, match=REFUSED):
        out.asnumpy()


def test_nd_rnn_checks_the_lengths_input_at_the_call():
    x, p, s = nd.ones((3, 2, 2)) * 0.1, nd.ones((48,)) * 0.1, nd.zeros((1, 2, 2))
    attrs = dict(state_size=2, num_layers=1, mode="lstm", use_sequence_length=True)
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[3\], inferred shape=\(2,\)"):
        nd.RNN(x, p, s, s, nd.array([3, 1, 1]), **attrs)
    with pytest.raises(MXNetError, match="Operator RNN expects 5 inputs, but got 4 instead"):
        nd.RNN(x, p, s, s, **attrs)
    with pytest.raises(MXNetError, match=REFUSED):       # float16: this error, not FP16 gemm's
        nd.RNN(x.astype("float16"), p.astype("float16"), s.astype("float16"), s.astype("float16"),
               nd.array([3, 1]), **attrs).asnumpy()


def test_symbol_infers_the_lengths_and_binds_as_mxnet():
    v = mx.sym.var
    with mx.name.NameManager():
        s = mx.sym.RNN(v("data"), v("p"), v("s"), v("c"), v("L"), state_size=2, num_layers=1, mode="lstm",
                       use_sequence_length=True, state_outputs=True)
    assert s.infer_shape(data=(3, 2, 2))[0] == [(3, 2, 2), (48,), (1, 2, 2), (1, 2, 2), (2,)]
    assert s.infer_type(data="float64")[0] == [np.float64] * 5
    with mx.name.NameManager():
        proj = mx.sym.RNN(v("data"), v("p"), v("s"), v("c"), v("L"), state_size=3, num_layers=2, mode="lstm",
                          projection_size=2, bidirectional=True, use_sequence_length=True, state_outputs=True)
    assert proj.infer_shape(data=(3, 4, 2))[0] == [(3, 4, 2), (360,), (4, 4, 2), (4, 4, 3), (4,)]
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[5\], inferred shape=\(4,\)"):
        proj.infer_shape(data=(3, 4, 2), L=(5,))
    args = {"data": nd.ones((3, 2, 2)) * 0.1, "p": nd.ones((48,)) * 0.1, "s": nd.zeros((1, 2, 2)),
            "c": nd.zeros((1, 2, 2)), "L": nd.array([3, 1])}
    ex = s.bind(mx.cpu(), args)
    ex.forward()
    np.testing.assert_allclose(ex.outputs[0].asnumpy()[:, 1, 0], [0.066321, 0.107406, 0.132867], atol=2e-6)
    ex = s.bind(mx.cpu(), {k: a.astype("float64") for k, a in args.items()})
    ex.forward()
    with pytest.raises(MXNetError, match=REFUSED):
        ex.outputs[0].asnumpy()


def test_symbols_refuse_inputs_the_attributes_switch_off():
    v = mx.sym.var
    with mx.name.NameManager():
        with pytest.raises(MXNetError, match="Symbol.ComposeKeyword argument name state_cell not found"):
            mx.sym.RNN(v("data"), v("p"), v("s"), v("L"), state_size=2, num_layers=1, mode="gru",
                       use_sequence_length=True)
        with pytest.raises(MXNetError, match="Symbol.ComposeKeyword argument name sequence_length not found"):
            mx.sym.RNN(v("data"), v("p"), v("s"), v("c"), v("L"), state_size=2, num_layers=1, mode="lstm")
        with pytest.raises(MXNetError, match="Symbol.ComposeKeyword argument name bias not found"):
            mx.sym.FullyConnected(v("x"), v("w"), v("b"), num_hidden=2, no_bias=True)
        gru = mx.sym.RNN(v("data"), v("p"), v("s"), sequence_length=v("L"), state_size=2, num_layers=1, mode="gru",
                         use_sequence_length=True, state_outputs=True)
    assert gru.list_arguments() == ["data", "p", "s", "L"]
    assert gru.infer_shape(data=(3, 2, 2)) == ([(3, 2, 2), (36,), (1, 2, 2), (2,)], [(3, 2, 2), (1, 2, 2)], [])
    assert gru.infer_type(data="float64", L="int32")[0] == [np.float64, np.float64, np.float64, np.int32]


def test_hybridized_gru_with_lengths_fails_to_compose_as_mxnet():
    layer = _layer(gluon.rnn.GRU)
    out = layer(nd.ones((3, 2, 2)) * 0.1, sequence_length=nd.array([3, 1])).asnumpy()
    np.testing.assert_allclose(out[:, 1, 0], MEASURED[gluon.rnn.GRU][0], atol=2e-6)
    layer.hybridize()
    with pytest.raises(MXNetError, match="Symbol.ComposeKeyword argument name state_cell not found"):
        layer(nd.ones((3, 2, 2)) * 0.1, sequence_length=nd.array([3, 1]))

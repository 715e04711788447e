"""Fused RNN layers inside hybridized blocks: deferred shapes, MXNet's _rnn_param_concat, projection limits.

Expected numbers were measured on MXNet 1.9.1.
"""
import json

import numpy as np
import pytest

import distnet as mx


def test_deferred_bidirectional_lstm_in_hybridized_sequential_matches_mxnet(tmp_path):
    mx.random.seed(3)
    net = mx.gluon.nn.HybridSequential()
    with net.name_scope():
        net.add(mx.gluon.rnn.LSTM(3, bidirectional=True), mx.gluon.nn.Dense(2))
    net.hybridize()
    net.initialize(mx.init.Uniform(0.5))
    x = mx.nd.arange(12).reshape((2, 3, 2)) / 10
    with mx.autograd.record():
        out = net(x)
    out.backward()
    np.testing.assert_allclose(out.asnumpy(), [[-0.0273108, 0.07929746], [-0.02856091, 0.09611137]], rtol=1e-5)
    np.testing.assert_allclose(net[0].l0_i2h_weight.grad().asnumpy().sum(), 1.5660805, rtol=1e-5)
    assert net[0].l0_i2h_weight.shape == (12, 2) and net[1].weight.shape == (2, 18)
    net.export(str(tmp_path / "net"))
    nodes = json.load(open(tmp_path / "net-symbol.json"))["nodes"]
    concat = [n for n in nodes if n["op"] == "_rnn_param_concat"]
    assert [n["attrs"] for n in concat] == [{"dim": "0", "num_args": "8"}]
    assert not [n for n in nodes if n["op"] == "Concat"]


def test_hybridized_projection_lstm_infers_every_layer_shape():
    layer = mx.gluon.rnn.LSTM(3, projection_size=2, num_layers=2, bidirectional=True)
    layer.initialize()
    layer.hybridize()
    assert layer(mx.nd.ones((4, 2, 5))).shape == (4, 2, 4)
    assert layer.l1_i2h_weight.shape == (12, 4) and layer.r0_i2h_weight.shape == (12, 5)


@pytest.mark.parametrize("scope", ["record", "record_predict", "train_mode"])
def test_projection_lstm_refuses_training_on_cpu_as_mxnet(scope):
    layer = mx.gluon.rnn.LSTM(3, projection_size=2, input_size=2)
    layer.initialize()
    x = mx.nd.ones((2, 1, 2))
    ctx = {"record": mx.autograd.record(), "record_predict": mx.autograd.record(train_mode=False),
           "train_mode": mx.autograd.train_mode()}[scope]
    with pytest.raises(mx.base.MXNetError, match="No training support for LSTM with projection on CPU"):
        with ctx:
            layer(x).asnumpy()
    assert layer(x).shape == (2, 1, 2)


def test_rnn_param_concat_infers_unknown_inputs_from_the_rnn_parameter_size():
    w = mx.sym.var("w", shape=(2, 0))
    parts = [w.reshape(-1), mx.sym.var("u", shape=(2, 2)).reshape(-1), mx.sym.var("b1", shape=(2,)),
             mx.sym.var("b2", shape=(2,))]
    rnn = mx.sym.RNN(mx.sym.var("x"), mx.sym._internal._rnn_param_concat(*parts, dim=0), mx.sym.var("h"),
                     state_size=2, num_layers=1, mode="rnn_tanh")
    args, outs, _ = rnn.infer_shape_partial(x=(3, 1, 5))
    assert args == [(3, 1, 5), (2, 5), (2, 2), (2,), (2,), (1, 1, 2)] and outs == [(3, 1, 2)]


def test_rnn_param_concat_shares_the_remainder_among_unknown_inputs():
    a, b = mx.sym.var("a", shape=(3, 0)), mx.sym.var("b", shape=(3, 0))
    cat = mx.sym._internal._rnn_param_concat(a.reshape(-1), b.reshape(-1), mx.sym.var("c", shape=(4,)), dim=0)
    args, _, _ = (cat + mx.sym.var("t", shape=(16,))).infer_shape_partial()
    assert args[:3] == [(3, 2), (3, 2), (4,)]


def test_reshape_infers_one_unknown_input_dimension_backwards():
    args, _, _ = (mx.sym.var("a", shape=(2, 0)).reshape(-1) + mx.sym.var("v", shape=(6,))).infer_shape_partial()
    assert args == [(2, 3), (6,)]
    args, _, _ = (mx.sym.var("a", shape=(0, 0)).reshape(-1) + mx.sym.var("v", shape=(6,))).infer_shape_partial()
    assert args == [(0, 0), (6,)]


def test_rnn_param_concat_ndarray_is_a_concat_with_gradients():
    a, b = mx.nd.ones((2,)), mx.nd.zeros((3,))
    a.attach_grad()
    b.attach_grad()
    with mx.autograd.record():
        y = mx.nd._internal._rnn_param_concat(a, b, dim=0)
        z = (y * mx.nd.arange(5)).sum()
    z.backward()
    assert y.asnumpy().tolist() == [1, 1, 0, 0, 0]
    assert a.grad.asnumpy().tolist() == [0, 1] and b.grad.asnumpy().tolist() == [2, 3, 4]


def test_unfuse_gives_cells_sharing_parameters_with_mxnets_expected_lstm_output():
    expected = np.array([[[0.72045636, 0.72045636, 0.95215213, 0.95215213]] * 2,
                         [[0.95215213, 0.95215213, 0.72045636, 0.72045636]] * 2])   # MXNet's own reference
    model = mx.gluon.rnn.LSTM(2, num_layers=6, bidirectional=True)
    stack = model._unfuse()
    model.initialize(mx.init.One())
    x = mx.nd.ones((2, 2, 2))
    np.testing.assert_allclose(model(x).asnumpy(), expected, rtol=1e-3, atol=1e-5)
    cells = stack.unroll(2, x, layout="TNC", merge_outputs=True)[0]
    np.testing.assert_allclose(cells.asnumpy(), expected, rtol=1e-3, atol=1e-5)
    assert all(stack.collect_params()[k] is p for k, p in model.collect_params().items())
    gru = mx.gluon.rnn.GRU(2, num_layers=2, dropout=0.3)._unfuse()
    assert [type(c).__name__ for c in gru._children.values()] == ["GRUCell", "DropoutCell", "GRUCell"]
    for bad, msg in ((mx.gluon.rnn.LSTM(3, projection_size=2), "projection"),
                     (mx.gluon.rnn.LSTM(3, state_clip_min=-1, state_clip_max=1), "state clipping")):
        with pytest.raises(AssertionError, match=msg):
            bad._unfuse()


@pytest.mark.parametrize("steps", [1, 3])
def test_bidirectional_unroll_with_valid_length_hybridizes(steps):
    class BiLSTM(mx.gluon.nn.HybridBlock):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            with self.name_scope():
                self.bi = mx.gluon.rnn.BidirectionalCell(mx.gluon.rnn.LSTMCell(2, prefix="l0_"),
                                                         mx.gluon.rnn.LSTMCell(2, prefix="r0_"))

        def hybrid_forward(self, F, x, valid):
            return self.bi.unroll(steps, x, valid_length=valid, layout="NTC", merge_outputs=True)

    net = BiLSTM()
    net.initialize(mx.init.Uniform(0.5))
    x = mx.nd.arange(4 * steps * 3).reshape((4, steps, 3)) / 20
    valid = mx.nd.array([steps, 1, max(steps - 1, 1), steps])
    out, states = net(x, valid)
    net.hybridize()
    hout, hstates = net(x, valid)
    assert hout.shape == (4, steps, 4)
    np.testing.assert_allclose(hout.asnumpy(), out.asnumpy(), rtol=1e-5, atol=1e-6)
    for a, b in zip(hstates, states):
        np.testing.assert_allclose(a.asnumpy(), b.asnumpy(), rtol=1e-5, atol=1e-6)
    if steps == 3:      # steps past a sample's valid length are zero, in both directions
        assert not hout.asnumpy()[1, 1:].any()

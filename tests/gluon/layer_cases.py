"""Gluon layers and losses run on fixed inputs and parameters, for comparison with MXNet 1.9.1.

Each case is (id, constructor source, input shapes, mode). The source is evaluated with ``mx``,
``nn``, ``rnn`` and ``loss`` bound to the library under test; parameters and inputs are filled with
fixed sine patterns, the output gradient with a cosine pattern. make_reference.py records MXNet's
outputs and gradients into reference.json; test_layers_reference.py compares distnet with them.
"""
import numpy as np

LAYERS = [
    ("dense", "nn.Dense(5, in_units=6)", [(3, 6)], "train"),
    ("dense_act_flatten", "nn.Dense(4, activation='tanh', in_units=12)", [(2, 3, 4)], "train"),
    ("dense_no_flatten", "nn.Dense(4, flatten=False, use_bias=False, in_units=4)", [(2, 3, 4)], "train"),
    ("conv1d", "nn.Conv1D(3, 3, strides=2, padding=1, in_channels=2)", [(2, 2, 9)], "train"),
    ("conv2d", "nn.Conv2D(4, 3, padding=1, in_channels=3, activation='relu')", [(2, 3, 5, 5)], "train"),
    ("conv2d_stride_dilate", "nn.Conv2D(2, (3, 2), strides=(2, 1), dilation=(1, 2), in_channels=2)",
     [(1, 2, 7, 6)], "train"),
    ("conv2d_groups", "nn.Conv2D(4, 3, groups=2, in_channels=4, use_bias=False)", [(1, 4, 5, 5)], "train"),
    ("conv3d", "nn.Conv3D(2, 2, in_channels=2)", [(1, 2, 3, 4, 4)], "train"),
    ("conv2d_transpose", "nn.Conv2DTranspose(3, 3, strides=2, padding=1, output_padding=1, in_channels=2)",
     [(1, 2, 3, 3)], "train"),
    ("conv1d_transpose", "nn.Conv1DTranspose(2, 3, strides=2, in_channels=3)", [(2, 3, 4)], "train"),
    ("maxpool2d", "nn.MaxPool2D(2)", [(2, 2, 5, 5)], "train"),
    ("maxpool2d_ceil", "nn.MaxPool2D(3, 2, ceil_mode=True)", [(1, 2, 6, 6)], "train"),
    ("avgpool2d_pad", "nn.AvgPool2D(3, 2, padding=1)", [(1, 2, 5, 5)], "train"),
    ("avgpool2d_nopadcount", "nn.AvgPool2D(3, 2, padding=1, count_include_pad=False)", [(1, 2, 5, 5)], "train"),
    ("avgpool1d", "nn.AvgPool1D(2)", [(2, 3, 6)], "train"),
    ("maxpool3d", "nn.MaxPool3D(2)", [(1, 1, 4, 4, 4)], "train"),
    ("globalavgpool2d", "nn.GlobalAvgPool2D()", [(2, 3, 4, 4)], "train"),
    ("globalmaxpool1d", "nn.GlobalMaxPool1D()", [(2, 3, 5)], "train"),
    ("batchnorm_train", "nn.BatchNorm(in_channels=3)", [(4, 3, 2, 2)], "train"),
    ("batchnorm_predict", "nn.BatchNorm(in_channels=3)", [(4, 3, 2, 2)], "predict"),
    ("batchnorm_axis_last", "nn.BatchNorm(axis=-1, momentum=0.5, epsilon=1e-3, center=False, in_channels=4)",
     [(3, 4)], "train"),
    ("batchnorm_scale", "nn.BatchNorm(scale=True, in_channels=2)", [(3, 2, 3)], "train"),
    ("layernorm", "nn.LayerNorm(in_channels=5)", [(3, 5)], "train"),
    ("layernorm_axis1", "nn.LayerNorm(axis=1, in_channels=3)", [(2, 3, 4)], "train"),
    ("instancenorm", "nn.InstanceNorm(in_channels=2)", [(2, 2, 5)], "train"),
    ("groupnorm", "nn.GroupNorm(num_groups=2)", [(2, 4, 3)], "train"),
    ("embedding", "nn.Embedding(10, 4)", [("int", (3, 5), 10)], "train"),
    ("dropout_predict", "nn.Dropout(0.5)", [(3, 4)], "predict"),
    ("flatten", "nn.Flatten()", [(2, 3, 4)], "train"),
    ("act_relu", "nn.Activation('relu')", [(3, 4)], "train"),
    ("act_sigmoid", "nn.Activation('sigmoid')", [(3, 4)], "train"),
    ("act_softrelu", "nn.Activation('softrelu')", [(3, 4)], "train"),
    ("act_softsign", "nn.Activation('softsign')", [(3, 4)], "train"),
    ("leakyrelu", "nn.LeakyReLU(0.1)", [(3, 4)], "train"),
    ("prelu", "nn.PReLU(in_channels=1)", [(3, 4)], "train"),
    ("elu", "nn.ELU(0.7)", [(3, 4)], "train"),
    ("selu", "nn.SELU()", [(3, 4)], "train"),
    ("swish", "nn.Swish(1.5)", [(3, 4)], "train"),
    ("gelu", "nn.GELU()", [(3, 4)], "train"),
    ("reflectionpad2d", "nn.ReflectionPad2D(1)", [(1, 2, 3, 3)], "train"),
    ("sequential", "_seq(mx)", [(2, 1, 6, 6)], "train"),
    ("rnn_tanh", "rnn.RNN(4, num_layers=1, input_size=3)", [(5, 2, 3)], "train"),
    ("rnn_relu_ntc", "rnn.RNN(3, activation='relu', layout='NTC', input_size=2)", [(2, 4, 2)], "train"),
    ("lstm_2layer_bi", "rnn.LSTM(3, num_layers=2, bidirectional=True, input_size=2)", [(4, 2, 2)], "train"),
    ("gru", "rnn.GRU(4, input_size=3)", [(3, 2, 3)], "train"),
    ("lstm_states", "_lstm_states(mx)", [(3, 2, 2)], "train"),
    ("rnncell_unroll", "_cell_unroll(mx, 'RNNCell')", [(2, 3, 3)], "train"),
    ("lstmcell_unroll", "_cell_unroll(mx, 'LSTMCell')", [(2, 3, 3)], "train"),
    ("grucell_unroll", "_cell_unroll(mx, 'GRUCell')", [(2, 3, 3)], "train"),
]

# (id, loss constructor, prediction shape, label spec, with sample weight)
LOSSES = [
    ("l2", "loss.L2Loss()", (3, 4), (3, 4), False),
    ("l2_weighted", "loss.L2Loss(weight=0.5)", (3, 4), (3, 4), True),
    ("l1", "loss.L1Loss()", (3, 4), (3, 4), False),
    ("sigmoid_bce", "loss.SigmoidBinaryCrossEntropyLoss()", (3, 4), ("binary", (3, 4)), False),
    ("sigmoid_bce_from_sigmoid", "loss.SigmoidBCELoss(from_sigmoid=True)", (3, 4), ("binary", (3, 4)), False),
    ("softmax_ce", "loss.SoftmaxCrossEntropyLoss()", (3, 5), ("int", (3,), 5), False),
    ("softmax_ce_weighted", "loss.SoftmaxCELoss()", (3, 5), ("int", (3,), 5), True),
    ("softmax_ce_dense", "loss.SoftmaxCrossEntropyLoss(sparse_label=False)", (3, 5), ("prob", (3, 5)), False),
    ("softmax_ce_axis", "loss.SoftmaxCrossEntropyLoss(axis=1)", (2, 4, 3), ("int", (2, 3), 4), False),
    ("kldiv", "loss.KLDivLoss()", (3, 4), ("prob", (3, 4)), False),
    ("kldiv_not_logits", "loss.KLDivLoss(from_logits=False)", (3, 4), ("prob", (3, 4)), False),
    ("huber", "loss.HuberLoss(rho=0.5)", (3, 4), (3, 4), False),
    ("hinge", "loss.HingeLoss()", (3, 4), ("sign", (3, 4)), False),
    ("squared_hinge", "loss.SquaredHingeLoss()", (3, 4), ("sign", (3, 4)), False),
    ("logistic", "loss.LogisticLoss()", (3, 4), ("sign", (3, 4)), False),
    ("logistic_binary", "loss.LogisticLoss(label_format='binary')", (3, 4), ("binary", (3, 4)), False),
    ("triplet", "loss.TripletLoss()", (3, 4), (3, 4), False),
    ("poisson_nll", "loss.PoissonNLLLoss()", (3, 4), ("positive", (3, 4)), False),
    ("poisson_nll_not_logits", "loss.PoissonNLLLoss(from_logits=False)", ("positive", (3, 4)),
     ("positive", (3, 4)), False),
    ("cosine_embedding", "loss.CosineEmbeddingLoss()", (3, 4), ("sign", (3,)), False),
    ("ctc", "loss.CTCLoss()", (2, 6, 4), ("ctc", (2, 3), 4), False),
]


def pattern(shape, phase=0.0, scale=0.5):
    """A fixed, sign-varying float32 pattern of ``shape``."""
    n = int(np.prod(shape)) if shape else 1
    return (np.sin(np.arange(n) * 0.37 + phase) * scale).astype(np.float32).reshape(shape)


def make_input(spec, phase):
    """An input from its spec: a shape, or (kind, shape[, n])."""
    if isinstance(spec[0], str):
        kind, shape = spec[0], spec[1]
        n = int(np.prod(shape))
        if kind == "int":
            return (np.arange(n) * 7 % spec[2]).reshape(shape).astype(np.float32)
        if kind == "binary":
            return (np.arange(n) % 3 == 0).reshape(shape).astype(np.float32)
        if kind == "sign":
            return np.where(np.arange(n) % 3 == 0, 1, -1).reshape(shape).astype(np.float32)
        if kind == "prob":
            e = np.exp(pattern(shape, phase, 1.0))
            return (e / e.sum(-1, keepdims=True)).astype(np.float32)
        if kind == "positive":
            return (np.abs(pattern(shape, phase)) + 0.1).astype(np.float32)
        if kind == "ctc":
            labels = (np.arange(n) % (spec[2] - 1)).reshape(shape).astype(np.float32)   # blank is the last class
            labels[0, -1] = -1
            return labels
        raise ValueError(kind)
    return pattern(spec, phase)


def helpers(mx):
    """Composite constructors used by some cases, for the library ``mx``."""
    nn, rnn = mx.gluon.nn, mx.gluon.rnn

    def _seq(_):
        net = nn.HybridSequential()
        net.add(nn.Conv2D(2, 3, in_channels=1), nn.BatchNorm(in_channels=2), nn.Activation("relu"),
                nn.MaxPool2D(2), nn.Flatten(), nn.Dense(3, in_units=8))
        return net

    class _LSTMStates(mx.gluon.HybridBlock):
        def __init__(self):
            super().__init__()
            with self.name_scope():
                self.lstm = rnn.LSTM(3, input_size=2)

        def hybrid_forward(self, F, x):
            states = [F.ones_like(F.slice_axis(x, axis=2, begin=0, end=1)).sum(axis=0, keepdims=True)
                      .broadcast_axes(axis=2, size=3) * 0.1] * 2
            out, (h, c) = self.lstm(x, states)
            return F.broadcast_add(out, h.sum() + c.sum())     # '+' on symbols needs equal shapes

    class _Unroll(mx.gluon.HybridBlock):
        def __init__(self, kind):
            super().__init__()
            with self.name_scope():
                self.cell = getattr(rnn, kind)(4, input_size=3)

        def hybrid_forward(self, F, x):
            out, states = self.cell.unroll(3, x, layout="NTC", merge_outputs=True)
            return F.broadcast_add(out, sum(s.sum() for s in states))

    return {"_seq": _seq, "_lstm_states": lambda _: _LSTMStates(), "_cell_unroll": lambda _, k: _Unroll(k)}


def run_layer(mx, source, input_specs, mode, hybridize=False):
    """Outputs and gradients of one layer case, as float64 lists keyed by name."""
    env = dict(helpers(mx), mx=mx, nn=mx.gluon.nn, rnn=mx.gluon.rnn)
    net = eval(source, env)
    net.initialize()
    params = list(net.collect_params().values())
    inputs = [mx.nd.array(make_input(s, i)) for i, s in enumerate(input_specs)]
    net(*inputs)                                         # finish any deferred initialisation
    for i, p in enumerate(params):
        value = pattern(p.shape, 1.0 + i)
        if p.name.endswith("running_var"):
            value = np.abs(value) + 0.5                   # a variance is positive
        p.set_data(mx.nd.array(value))
        if p.grad_req != "null":
            p.zero_grad()
    if hybridize:
        net.hybridize()
    for x, s in zip(inputs, input_specs):
        if not isinstance(s[0], str):
            x.attach_grad()
    with mx.autograd.record(train_mode=(mode == "train")):
        out = net(*inputs)
    head = mx.nd.array(np.cos(np.arange(out.size) * 0.53).astype(np.float32).reshape(out.shape))
    out.backward(head)
    result = {"out": out.asnumpy().tolist()}
    for i, (x, s) in enumerate(zip(inputs, input_specs)):
        if not isinstance(s[0], str):
            result[f"grad_in{i}"] = x.grad.asnumpy().tolist()
    for i, p in enumerate(params):
        if p.grad_req != "null":
            result[f"grad_p{i}"] = p.grad().asnumpy().tolist()
        else:
            result[f"state_p{i}"] = p.data().asnumpy().tolist()
    return result


def run_loss(mx, source, pred_spec, label_spec, weighted):
    """Loss values and the prediction's gradient."""
    fn = eval(source, {"loss": mx.gluon.loss})
    pred = mx.nd.array(make_input(pred_spec, 0.3))
    label = mx.nd.array(make_input(label_spec, 2.0))
    pred.attach_grad()
    args = [pred, label]
    if source.startswith("loss.TripletLoss"):
        args.append(mx.nd.array(pattern(label.shape, 4.0)))
    if source.startswith("loss.CosineEmbeddingLoss"):
        args.insert(1, mx.nd.array(pattern(pred.shape, 5.0)))
    if weighted:
        args.append(mx.nd.array(np.linspace(0.5, 1.5, pred.shape[0]).reshape(-1, 1).astype(np.float32)))
    with mx.autograd.record():
        value = fn(*args)
    value.backward()
    return {"out": value.asnumpy().tolist(), "grad_pred": pred.grad.asnumpy().tolist()}

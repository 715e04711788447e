# MXNet's native (float64) fused RNN kernel: dropout between layers drawn from the sequential random engine
# whenever the op is recorded or training, middle-layer input-weight gradients of relu/tanh stacks, and the
# projection-training refusal raised when the result is read.
import mxnet as mx
import numpy as np
from mxnet import autograd, nd
from mxnet.gluon import rnn

np.set_printoptions(precision=6, suppress=True)


def layer(cls, hidden, seed, **kw):
    net = cls(hidden, input_size=3, dtype="float64", **kw)
    net.initialize()
    rs = np.random.RandomState(seed)
    for p in net.collect_params().values():
        p.set_data(nd.array(rs.uniform(-0.5, 0.8, p.shape), dtype="float64"))
    return net


x_np = np.random.RandomState(0).uniform(-1, 1, (4, 2, 3))
for cls, kw in ((rnn.RNN, dict(activation="relu")), (rnn.LSTM, {}), (rnn.GRU, {})):
    net = layer(cls, 3, 1, num_layers=3, dropout=0.4, bidirectional=cls is rnn.GRU, **kw)
    x = nd.array(x_np, dtype="float64")
    for label, scope in (("predict", autograd.predict_mode), ("train", autograd.train_mode),
                         ("record", lambda: autograd.record(train_mode=False))):
        mx.random.seed(5)
        with scope():
            y = net(x)
        print(cls.__name__, label, y.asnumpy()[-1].ravel())
    mx.random.seed(6)
    with autograd.train_mode():
        print(cls.__name__, "two draws", round(float(net(x).asnumpy().sum()), 9), round(float(net(x).asnumpy().sum()), 9))

for act in ("relu", "tanh"):
    for bidir in (False, True):
        net = layer(rnn.RNN, 2, 2, num_layers=4, activation=act, bidirectional=bidir)
        x = nd.array(x_np, dtype="float64")
        x.attach_grad()
        with autograd.record():
            y = net(x)
        y.backward(nd.array(np.random.RandomState(3).uniform(-1, 1, y.shape), dtype="float64"))
        print(act, bidir, "dx", x.grad.asnumpy().ravel()[:4])
        for name, p in net.collect_params().items():
            if "i2h_weight" in name:
                print(" ", name.split("_", 1)[1], p.grad().asnumpy().ravel()[:6])

# with dropout the kernel's backward reads each lower layer's previous states from its dropped outputs
for mode in ("rnn_tanh", "lstm", "gru"):
    gates = {"rnn_tanh": 1, "lstm": 4, "gru": 3}[mode]
    rs = np.random.RandomState(4)
    size = 2 * gates * 2 * (3 + 2 + 2) + 2 * gates * 2 * (4 + 2 + 2)
    args = [nd.array(rs.uniform(-1, 1, (3, 2, 3)), dtype="float64"), nd.array(rs.uniform(-0.5, 0.5, size), dtype="float64"),
            nd.array(rs.uniform(-0.3, 0.3, (4, 2, 2)), dtype="float64")]
    if mode == "lstm":
        args.append(nd.array(rs.uniform(-0.3, 0.3, (4, 2, 2)), dtype="float64"))
    for a in args:
        a.attach_grad()
    mx.random.seed(8)
    with autograd.record():
        outs = nd.RNN(*args, state_size=2, num_layers=2, mode=mode, bidirectional=True, p=0.4, state_outputs=True)
    autograd.backward(outs, [nd.array(rs.uniform(-1, 1, o.shape), dtype="float64") for o in outs])
    print(mode, "dropout grads", [np.round(a.grad.asnumpy().ravel()[:5], 6).tolist() for a in args])

net = layer(rnn.LSTM, 4, 3, projection_size=2)
with autograd.record():
    y = net(nd.array(x_np, dtype="float64"))
print("projected lstm call returns", isinstance(y, nd.NDArray), y.shape)
try:
    y.asnumpy()
except mx.base.MXNetError as e:
    print("read raises", type(e).__name__, "No training support for LSTM with projection" in str(e))

# a bound graph with gradients runs the kernel's training path (dropout) even for an inference forward
for grad_req in ("write", "null"):
    with mx.name.NameManager():
        cell = mx.rnn.FusedRNNCell(3, num_layers=3, mode="gru", bidirectional=True, dropout=0.4, prefix="f_",
                                   get_next_state=True)
        begin = cell.begin_state(func=mx.sym.Variable)
        outs, states = cell.unroll(4, mx.sym.var("data"), begin_state=begin, layout="TNC", merge_outputs=True)
        graph = mx.sym.Group([outs] + states)
        ex = graph.simple_bind(mx.cpu(), grad_req=grad_req, type_dict={n: "float64" for n in graph.list_arguments()},
                               data=(4, 2, 3), **{b.name: (6, 2, 3) for b in begin})
        rs = np.random.RandomState(1)
        for a in ex.arg_dict.values():
            a[:] = rs.uniform(-0.5, 0.5, a.shape)
        mx.random.seed(4)
        for train in (True, False, True):
            ex.forward(is_train=train)
            print("executor", grad_req, train, [round(float(o.asnumpy().sum()), 9) for o in ex.outputs])

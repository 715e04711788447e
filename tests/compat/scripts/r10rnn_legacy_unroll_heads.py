"""Legacy cells unrolled into per-step outputs plus states: a repeated output takes its last head gradient."""
import numpy as np
import mxnet as mx
from mxnet import nd

cells = [lambda: mx.rnn.RNNCell(3, prefix="r_"), lambda: mx.rnn.GRUCell(3, prefix="g_"),
         lambda: mx.rnn.LSTMCell(3, prefix="l_"), lambda: mx.rnn.ResidualCell(mx.rnn.GRUCell(2, prefix="rg_"))]
for make in cells:
    cell = make()
    outputs, states = cell.unroll(3, mx.sym.var("data"), layout="TNC", merge_outputs=False)
    group = mx.sym.Group(outputs + states)
    print(group.list_outputs())
    ex = group.simple_bind(mx.cpu(), data=(3, 2, 2))
    rng = np.random.RandomState(0)
    for name in sorted(ex.arg_dict):
        ex.arg_dict[name][:] = rng.uniform(-0.5, 0.5, ex.arg_dict[name].shape)
    heads = ex.forward(is_train=True)
    ex.backward([nd.ones(h.shape) * (i + 1) for i, h in enumerate(heads)])
    for name in sorted(ex.grad_dict):
        print(name, ex.grad_dict[name].asnumpy().round(5).tolist())

x = mx.sym.var("x")
y, z = x * 2, mx.sym.sin(x)
for label, outs in [("y y", [y, y]), ("y z y", [y, z, y]), ("z y y z", [z, y, y, z]), ("2x 2x", [x * 2, x * 2])]:
    ex = mx.sym.Group(outs).bind(mx.cpu(), {"x": nd.array([0.5, -1.0])}, args_grad={"x": nd.zeros((2,))})
    ex.forward(is_train=True)
    ex.backward([nd.ones((2,)) * 10 ** i for i in range(len(outs))])
    print(label, ex.grad_dict["x"].asnumpy().tolist())

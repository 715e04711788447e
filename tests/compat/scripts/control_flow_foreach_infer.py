"""foreach infers shapes through its body (parameters, states), inside symbols and hybridized blocks;
control-flow subgraph names are counted on AttrScope._subgraph_names."""
import numpy as np
import mxnet as mx
from mxnet import gluon
from mxnet.attribute import AttrScope

for cell_type in (mx.rnn.LSTMCell, mx.rnn.GRUCell, mx.rnn.RNNCell):
    params = mx.rnn.RNNParams()
    data = mx.sym.var("data")

    def step(in1, states):
        return cell_type(4, prefix='', params=params)(in1, states)
    init = [mx.sym.var("h"), mx.sym.var("c")] if cell_type is mx.rnn.LSTMCell else [mx.sym.var("h")]
    out, states = mx.sym.contrib.foreach(step, data, init)
    group = mx.sym.Group([out] + states)
    print(cell_type.__name__, group.list_inputs())
    print(group.infer_shape(data=(2, 2, 5), h=(2, 4)))
    print(group.infer_type(data='float32', h='float32'))


class Layer(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.cell = gluon.rnn.LSTMCell(3, prefix='rnn_')

    def hybrid_forward(self, F, x, states):
        out, states = F.contrib.foreach(self.cell, x, states)
        return out


x = mx.nd.array(np.arange(24).reshape(4, 2, 3) / 10.0)
begin = [mx.nd.zeros((2, 3)), mx.nd.ones((2, 3)) * 0.5]
for hybridize in (False, True):
    net = Layer(prefix='l_')
    net.initialize(mx.init.Constant(0.1))
    if hybridize:
        net.hybridize()
    x.attach_grad()
    with mx.autograd.record():
        y = net(x, begin)
    y.backward()
    print(sorted((k, v.shape) for k, v in net.collect_params().items()))
    print(y[-1].asnumpy().round(5).tolist())
    print(x.grad[0].asnumpy().round(5).tolist())
    print(net.cell.i2h_weight.grad().asnumpy().sum().round(3))


class Twice(gluon.HybridBlock):
    def hybrid_forward(self, F, data):
        (new_data, ) = F.contrib.cond(data > 0.5, then_func=lambda: data * 2, else_func=lambda: data * 3,
                                      name="my_cond")
        return new_data


AttrScope._subgraph_names.clear()
for _ in range(2):
    block = Twice()
    block.hybridize()
    print(block(mx.nd.array([0.7])).asnumpy())
print(sorted(AttrScope._subgraph_names.items()))
with mx.name.NameManager():
    outs, states = mx.sym.contrib.foreach(lambda d, s: (d + s[0], [s[0] * 2]), mx.sym.var('d'), [mx.sym.var('s')])
print(sorted(AttrScope._subgraph_names.items()))

# partial inference: only the data's shape known (states then take nothing from the body's outputs),
# and data whose batch dimension is unknown (0)
params = mx.rnn.RNNParams()
out, states = mx.sym.contrib.foreach(lambda x, s: mx.rnn.LSTMCell(4, prefix='', params=params)(x, s),
                                     mx.sym.var("data"), [mx.sym.var("h"), mx.sym.var("c")])
print(mx.sym.Group([out] + states).infer_shape_partial(data=(2, 2, 5)))
outs, states = mx.sym.contrib.foreach(lambda d, s: (d + s[0], [s[0] * 2]), mx.sym.var('data', shape=(0, 3, 32, 32)),
                                      [mx.sym.var('state')])
print(outs.infer_shape_partial())

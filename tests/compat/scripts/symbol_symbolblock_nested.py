import mxnet as mx
import numpy as np
import os, tempfile
_tmp = tempfile.TemporaryDirectory(); d = _tmp.name
data = mx.sym.var('data')
sb = mx.gluon.SymbolBlock(mx.sym.Activation(mx.sym.FullyConnected(data, num_hidden=3, name='sfc'), act_type='tanh', name='sact'), data)
sb.initialize(mx.init.Constant(0.1))
net = mx.gluon.nn.HybridSequential(prefix='n_')
with net.name_scope():
    net.add(mx.gluon.nn.Dense(5, in_units=4))
    net.add(sb)
    net.add(mx.gluon.nn.Dense(2, in_units=3))
net[0].initialize(mx.init.Constant(0.2)); net[2].initialize(mx.init.Constant(0.3))
x = mx.nd.array(np.arange(8).reshape(2, 4) / 8)
print(net(x).asnumpy().round(4).tolist())
net.hybridize()
x.attach_grad()
with mx.autograd.record():
    y = net(x)
y.backward()
print(y.asnumpy().round(4).tolist(), x.grad.asnumpy().round(4).tolist())
net.export(os.path.join(d, 'mix'))
s = mx.sym.load(os.path.join(d, 'mix-symbol.json'))
print(s.list_arguments(), s.list_outputs())
print(sorted(mx.nd.load(os.path.join(d, 'mix-0000.params')).keys()))
print(net(mx.sym.var('data')).list_arguments())

"""A HybridBlock calling F.Custom: imperative, hybridized, as a symbol, exported and imported."""
import mxnet as mx
import numpy as np
import os
import shutil
import tempfile

class Sqr(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * in_data[0])
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], 2 * in_data[0] * out_grad[0])

@mx.operator.register("sqr_h")
class SqrProp(mx.operator.CustomOpProp):
    def list_outputs(self):
        return ['out']
    def create_operator(self, ctx, shapes, dtypes):
        return Sqr()

class Net(mx.gluon.HybridBlock):
    def __init__(self, **kw):
        super(Net, self).__init__(**kw)
        with self.name_scope():
            self.dense = mx.gluon.nn.Dense(3, in_units=2)
    def hybrid_forward(self, F, x):
        return F.Custom(self.dense(x), op_type='sqr_h', name='sq')

mx.random.seed(1)
net = Net(prefix='net_')
net.initialize(mx.init.Xavier())
x = mx.nd.array([[1., 2.], [3., -1.]])
for hyb in (False, True):
    if hyb: net.hybridize()
    with mx.autograd.record():
        y = net(x)
    y.backward()
    print(hyb, y.asnumpy().round(4), net.dense.weight.grad().asnumpy().round(4))
s = net(mx.sym.var('data'))
print(s.list_outputs(), s.list_arguments())
folder = tempfile.mkdtemp()
prefix = os.path.join(folder, 'net')
net.export(prefix)
sb = mx.gluon.SymbolBlock.imports(prefix + '-symbol.json', ['data'], prefix + '-0000.params')
print(sb(x).asnumpy().round(4))
shutil.rmtree(folder)

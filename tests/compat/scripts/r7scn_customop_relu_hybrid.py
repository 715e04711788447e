# A CustomOp that needs the top gradient (a scaled leaky ReLU), used imperatively, in a HybridBlock and a Symbol
import numpy as np
import mxnet as mx
from mxnet import nd, gluon, autograd


class ScaledLeaky(mx.operator.CustomOp):
    def __init__(self, slope):
        super(ScaledLeaky, self).__init__()
        self.slope = slope

    def forward(self, is_train, req, in_data, out_data, aux):
        x = in_data[0]
        self.assign(out_data[0], req[0], nd.where(x > 0, x * 2.0, x * self.slope))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        x = in_data[0]
        g = nd.where(x > 0, nd.ones_like(x) * 2.0, nd.ones_like(x) * self.slope)
        self.assign(in_grad[0], req[0], out_grad[0] * g)


@mx.operator.register('scaled_leaky')
class ScaledLeakyProp(mx.operator.CustomOpProp):
    def __init__(self, slope='0.1'):
        super(ScaledLeakyProp, self).__init__(need_top_grad=True)
        self.slope = float(slope)

    def list_arguments(self):
        return ['data']

    def list_outputs(self):
        return ['output']

    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0]], []

    def create_operator(self, ctx, shapes, dtypes):
        return ScaledLeaky(self.slope)


x = nd.array([[-1.0, 2.0, -3.0], [0.5, -0.5, 0.0]])
x.attach_grad()
with autograd.record():
    y = nd.Custom(x, slope=0.25, op_type='scaled_leaky')
    z = (y * y).sum()
z.backward()
print(y.asnumpy().tolist(), x.grad.asnumpy().tolist())


class Net(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super(Net, self).__init__(**kwargs)
        with self.name_scope():
            self.fc = gluon.nn.Dense(3, in_units=3)

    def hybrid_forward(self, F, v):
        return F.Custom(self.fc(v), slope=0.5, op_type='scaled_leaky')


net = Net()
net.initialize(mx.init.Constant(0.3))
for hyb in (False, True):
    if hyb:
        net.hybridize()
    with autograd.record():
        out = net(x)
    out.backward(nd.ones_like(out))
    print(hyb, out.asnumpy().tolist(), net.fc.weight.grad().asnumpy().tolist())
s = mx.sym.Custom(mx.sym.var('data'), slope=0.1, op_type='scaled_leaky', name='sl')
print(s.list_arguments(), s.list_outputs(), s.infer_shape(data=(2, 5))[1])
ex = s.bind(mx.cpu(), {'data': nd.array([[-2.0, 1.0]])}, args_grad={'data': nd.zeros((1, 2))})
print(ex.forward(is_train=True)[0].asnumpy().tolist())
ex.backward(nd.array([[1.0, 1.0]]))
print(ex.grad_dict['data'].asnumpy().tolist())

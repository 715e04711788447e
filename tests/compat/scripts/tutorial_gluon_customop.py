"""The Gluon custom-operator tutorial: a numpy sigmoid and a dense op with a parameter, through nd, sym and a Block."""
import numpy as np
import mxnet as mx
from mxnet import autograd

mx.random.seed(0)


class Sigmoid(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        print('forward is_train', is_train, req, out_data[0].shape, aux)
        self.assign(out_data[0], req[0], mx.nd.array(1.0 / (1.0 + np.exp(-in_data[0].asnumpy()))))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        y = out_data[0].asnumpy()
        self.assign(in_grad[0], req[0], mx.nd.array(out_grad[0].asnumpy() * (1.0 - y) * y))


TYPE_QUERIES = []


@mx.operator.register("tut_sigmoid")
class SigmoidProp(mx.operator.CustomOpProp):
    def __init__(self):
        super(SigmoidProp, self).__init__(True)

    def infer_shape(self, in_shapes):
        print('infer_shape', in_shapes)      # MXNet asks once per inference
        return (in_shapes[0],), (in_shapes[0],), ()

    def infer_type(self, in_type):
        TYPE_QUERIES.append(in_type)
        return in_type, in_type, []

    def create_operator(self, ctx, in_shapes, in_dtypes):
        print('create_operator', ctx, in_shapes, in_dtypes)
        return Sigmoid()


x = mx.nd.array([0, 1, 2, 3])
x.attach_grad()
with autograd.record():
    y = mx.nd.Custom(x, op_type='tut_sigmoid')
y.backward()
print(y, x.grad)
s = mx.sym.Custom(mx.sym.var('data'), op_type='tut_sigmoid', name='sig')
print(s.list_arguments(), s.list_outputs())
print(s.infer_shape(data=(2, 3)))
print(s.infer_shape_partial(data=(2, 3)))
chained = mx.sym.Custom(s, op_type='tut_sigmoid', name='sig2')
print(chained.infer_shape(data=(4,)))
for sym in (s, chained):        # type inference asks each Custom node once
    del TYPE_QUERIES[:]
    print(sym.infer_type(data='float64'), TYPE_QUERIES)


class Dense(mx.operator.CustomOp):
    def __init__(self, bias):
        self._bias = bias

    def forward(self, is_train, req, in_data, out_data, aux):
        y = in_data[0].asnumpy().dot(in_data[1].asnumpy().T) + self._bias
        self.assign(out_data[0], req[0], mx.nd.array(y))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], mx.nd.array(out_grad[0].asnumpy().T.dot(in_data[0].asnumpy())))


@mx.operator.register("tut_dense")
class DenseProp(mx.operator.CustomOpProp):
    def __init__(self, bias):
        super(DenseProp, self).__init__(True)
        print('bias given as', repr(bias))
        self._bias = float(bias)

    def list_arguments(self):
        return ['data', 'weight']

    def infer_shape(self, in_shapes):
        return (in_shapes[0], in_shapes[1]), ((in_shapes[0][0], in_shapes[1][0]),), ()

    def create_operator(self, ctx, in_shapes, in_dtypes):
        return Dense(self._bias)


class DenseBlock(mx.gluon.Block):
    def __init__(self, in_channels, channels, bias, **kwargs):
        super(DenseBlock, self).__init__(**kwargs)
        self._bias = bias
        self.weight = self.params.get('weight', shape=(channels, in_channels))

    def forward(self, x):
        return mx.nd.Custom(x, self.weight.data(x.context), bias=self._bias, op_type='tut_dense')


dense = DenseBlock(3, 5, 0.1)
dense.initialize()
print(dense(mx.nd.uniform(shape=(4, 3))))
print(dense, dense.collect_params())
x = mx.nd.uniform(shape=(5, 3))
x.attach_grad()
with autograd.record():
    y = dense(x)
y.backward()
print(x.grad, dense.weight.grad())     # the op leaves the weight's gradient unwritten: zeros

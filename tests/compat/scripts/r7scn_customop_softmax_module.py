# The classic CustomOp softmax (numpy forward/backward) used as the loss of a Module and from Gluon
import numpy as np
import mxnet as mx
from mxnet import nd, autograd


class Softmax(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        x = in_data[0].asnumpy()
        y = np.exp(x - x.max(axis=1).reshape((x.shape[0], 1)))
        y /= y.sum(axis=1).reshape((x.shape[0], 1))
        self.assign(out_data[0], req[0], mx.nd.array(y))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        l = in_data[1].asnumpy().ravel().astype(np.int64)
        y = out_data[0].asnumpy()
        y[np.arange(l.shape[0]), l] -= 1.0
        self.assign(in_grad[0], req[0], mx.nd.array(y))


@mx.operator.register("mysoftmax")
class SoftmaxProp(mx.operator.CustomOpProp):
    def __init__(self):
        super(SoftmaxProp, self).__init__(need_top_grad=False)

    def list_arguments(self):
        return ['data', 'label']

    def list_outputs(self):
        return ['output']

    def infer_shape(self, in_shape):
        data_shape = in_shape[0]
        return [data_shape, (in_shape[0][0],)], [data_shape], []

    def create_operator(self, ctx, shapes, dtypes):
        return Softmax()


np.random.seed(3)
mx.random.seed(3)
X = np.random.randn(60, 4).astype('float32')
y = np.argmax(X[:, :3], axis=1).astype('float32')
it = mx.io.NDArrayIter(X, y, batch_size=15, label_name='softmax_label')
data = mx.sym.var('data')
fc = mx.sym.FullyConnected(data, num_hidden=3, name='fc')
out = mx.sym.Custom(data=fc, label=mx.sym.var('softmax_label'), op_type='mysoftmax', name='softmax')
print(out.list_arguments(), out.infer_shape(data=(15, 4)))
mod = mx.mod.Module(out)
mod.fit(it, num_epoch=3, optimizer='sgd', optimizer_params={'learning_rate': 0.1},
        initializer=mx.init.Uniform(0.1), eval_metric='acc')
print(mod.score(it, 'acc'))
print(mod.get_params()[0]['fc_weight'].asnumpy().tolist())

# imperative use with autograd
a = nd.array([[1.0, 2.0, 0.5], [0.1, -0.3, 0.2]])
lab = nd.array([1, 2])
a.attach_grad()
with autograd.record():
    p = nd.Custom(a, lab, op_type='mysoftmax')
p.backward()
print(p.asnumpy().tolist())
print(a.grad.asnumpy().tolist())

"""A Custom softmax loss (need_top_grad=False, label argument auto-created) trained by Module.fit."""
import mxnet as mx
import numpy as np

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

@mx.operator.register("softmax_mc")
class SoftmaxProp(mx.operator.CustomOpProp):
    def __init__(self):
        super(SoftmaxProp, self).__init__(need_top_grad=False)
    def list_arguments(self):
        return ['data', 'label']
    def list_outputs(self):
        return ['output']
    def infer_shape(self, in_shape):
        data_shape = in_shape[0]
        label_shape = (in_shape[0][0],)
        return [data_shape, label_shape], [data_shape], []
    def infer_type(self, in_type):
        return in_type, [in_type[0]], []
    def create_operator(self, ctx, shapes, dtypes):
        return Softmax()

np.random.seed(0); mx.random.seed(0)
X = np.random.randn(40, 5).astype(np.float32)
Y = (X[:, 0] > 0).astype(np.float32)
data = mx.sym.var('data')
fc = mx.sym.FullyConnected(data, num_hidden=2, name='fc')
net = mx.sym.Custom(fc, name='softmax', op_type='softmax_mc')
print(net.list_arguments())
it = mx.io.NDArrayIter(X, Y, batch_size=10, label_name='softmax_label')
mod = mx.mod.Module(net, context=mx.cpu(), label_names=['softmax_label'])
mod.fit(it, num_epoch=3, optimizer='sgd', optimizer_params={'learning_rate': 0.5}, initializer=mx.init.Xavier(), eval_metric='acc')
args, _ = mod.get_params()
print(args['fc_weight'].asnumpy().round(4))
print(mod.score(it, 'acc'))

"""Python CustomOps (softmax with need_top_grad=False, a scaling op with an aux state) train in Module.fit, run under autograd and inside a hybridized block as in MXNet."""
# recorded on AVX2
import mxnet as mx, numpy as np
mx.random.seed(4); np.random.seed(4)
class Softmax(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        x = in_data[0].asnumpy()
        y = np.exp(x - x.max(axis=1).reshape((x.shape[0], 1)))
        y /= y.sum(axis=1).reshape((x.shape[0], 1))
        self.assign(out_data[0], req[0], mx.nd.array(y))
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        l = in_data[1].asnumpy().ravel().astype(int)
        y = out_data[0].asnumpy()
        y[np.arange(l.shape[0]), l] -= 1.0
        self.assign(in_grad[0], req[0], mx.nd.array(y))
@mx.operator.register("mysoftmax")
class SoftmaxProp(mx.operator.CustomOpProp):
    def __init__(self):
        super(SoftmaxProp, self).__init__(need_top_grad=False)
    def list_arguments(self): return ['data', 'label']
    def list_outputs(self): return ['output']
    def infer_shape(self, in_shape):
        return [in_shape[0], (in_shape[0][0],)], [in_shape[0]], []
    def infer_type(self, in_type):
        return in_type, [in_type[0]], []
    def create_operator(self, ctx, shapes, dtypes):
        return Softmax()
class Scale(mx.operator.CustomOp):
    def __init__(self, s): self.s = s
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * self.s)
        aux[0][:] += 1
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0] * self.s)
@mx.operator.register("scale")
class ScaleProp(mx.operator.CustomOpProp):
    def __init__(self, s='1.0'):
        super(ScaleProp, self).__init__(need_top_grad=True)
        self.s = float(s)
    def list_arguments(self): return ['data']
    def list_outputs(self): return ['out']
    def list_auxiliary_states(self): return ['moving_mean']
    def infer_shape(self, in_shape): return in_shape, [in_shape[0]], [(1,)]
    def create_operator(self, ctx, shapes, dtypes): return Scale(self.s)
data = mx.sym.Variable('data'); label = mx.sym.Variable('softmax_label')
fc = mx.sym.FullyConnected(data, num_hidden=4, name='fc')
sc = mx.sym.Custom(fc, s=0.5, op_type='scale', name='sc')
net = mx.sym.Custom(data=sc, label=label, op_type='mysoftmax', name='softmax')
print(net.list_arguments(), net.list_outputs(), net.list_auxiliary_states())
print(net.infer_shape(data=(5, 3)))
print(net.infer_type(data='float32', softmax_label='float32'))
X = np.random.randn(20, 3).astype('float32'); Y = np.random.randint(0, 4, 20).astype('float32')
it = mx.io.NDArrayIter(X, Y, batch_size=5)
mod = mx.mod.Module(net)
mod.fit(it, num_epoch=3, optimizer='sgd', optimizer_params={'learning_rate': 0.5},
        initializer=mx.init.Uniform(0.3), eval_metric='acc', aux_params={'sc_moving_mean': mx.nd.zeros((1,))}, allow_missing=True)
arg, aux = mod.get_params()
print({k: v.asnumpy().round(5).tolist() for k, v in arg.items()})
print(aux)
print(mod.score(it, ['acc', 'ce']))
pred = mod.predict(it); print(pred.shape, pred[:2])
# imperative custom with autograd
x = mx.nd.array([[1., 2.], [3., 4.]]); x.attach_grad()
with mx.autograd.record():
    y = mx.nd.Custom(x, mx.nd.zeros((1,)), s=3, op_type='scale')
    z = (y * y).sum()
z.backward(); print(y, x.grad)
# gluon with custom op
class CB(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.Custom(x, F.zeros_like(F.slice_axis(x, axis=1, begin=0, end=1)).reshape((-1,)), op_type='mysoftmax')
cb = CB(); cb.hybridize()
print(cb(mx.nd.array([[1, 2, 3], [0, 0, 1]])))
try:
    mx.nd.Custom(x, op_type='nonexistent_op')
except Exception as e:
    print(type(e).__name__, str(e)[:200])

"""example/numpy-ops: custom_sparse_sqr (dense path; a CustomOpProp with storage-type inference), weighted_logistic_regression
(declare_backward_dependency, need_top_grad=False), a custom op inside gluon and a symbol executor."""
import numpy as np
import mxnet as mx

np.random.seed(3); mx.random.seed(3)

class Sqr(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], mx.nd.square(in_data[0]))
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], 2 * in_data[0] * out_grad[0])

@mx.operator.register("sqr")
class SqrProp(mx.operator.CustomOpProp):
    def __init__(self):
        super(SqrProp, self).__init__(need_top_grad=True)
    def list_arguments(self):
        return ['data']
    def list_outputs(self):
        return ['output']
    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0]], []
    def infer_type(self, in_type):
        return in_type, [in_type[0]], []
    def infer_storage_type(self, in_stype):
        if in_stype[0] == 'default':
            return ['default'], ['default'], []
        return ['csr'], ['csr'], []
    def infer_storage_type_backward(self, ograd_stype, in_stype, out_stype, igrad_stype, aux_stype):
        if in_stype[0] == 'default':
            return ['default'], ['default'], ['default'], ['default'], []
        return ['csr'], ['csr'], ['csr'], ['default'], []
    def create_operator(self, ctx, shapes, dtypes):
        return Sqr()

x = mx.nd.array(np.random.uniform(1, 3, size=(2, 4)).round(2))
x.attach_grad(stype='default')
z = mx.nd.ones((2, 4))
with mx.contrib.autograd.train_section():
    y = mx.nd.Custom(x, op_type='sqr')
    y.backward(out_grad=z)
print(y.asnumpy(), x.stype, y.stype, x.grad.asnumpy())
s = mx.sym.Custom(mx.sym.Variable('d', stype='csr'), op_type='sqr', name='sq')
print(s.list_outputs(), s.infer_shape(d=(2, 4)))

# weighted_logistic_regression.py
class WeightedLogisticRegression(mx.operator.CustomOp):
    def __init__(self, pos_grad_scale, neg_grad_scale):
        self.pos_grad_scale = float(pos_grad_scale)
        self.neg_grad_scale = float(neg_grad_scale)
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], mx.nd.divide(1, (1 + mx.nd.exp(- in_data[0]))))
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        in_grad[0][:] = ((out_data[0] - 1) * in_data[1] * self.pos_grad_scale
                         + out_data[0] * (1 - in_data[1]) * self.neg_grad_scale) / out_data[0].shape[1]

@mx.operator.register("weighted_logistic_regression")
class WeightedLogisticRegressionProp(mx.operator.CustomOpProp):
    def __init__(self, pos_grad_scale, neg_grad_scale):
        self.pos_grad_scale = pos_grad_scale
        self.neg_grad_scale = neg_grad_scale
        super(WeightedLogisticRegressionProp, self).__init__(False)
    def list_arguments(self):
        return ['data', 'label']
    def list_outputs(self):
        return ['output']
    def infer_shape(self, in_shape):
        shape = in_shape[0]
        return [shape, shape], [shape]
    def create_operator(self, ctx, shapes, dtypes):
        return WeightedLogisticRegression(self.pos_grad_scale, self.neg_grad_scale)
    def declare_backward_dependency(self, out_grad, in_data, out_data):
        return [in_data[1], out_data[0]]

m, n = 2, 5
data = mx.symbol.Variable('data')
wlr = mx.symbol.Custom(data, pos_grad_scale=0.8, neg_grad_scale=0.2, name='wlr', op_type='weighted_logistic_regression')
lr = mx.symbol.LogisticRegressionOutput(data, name='lr')
print(wlr.list_arguments(), wlr.list_outputs(), wlr.infer_shape(data=(m, n)))
exe1 = wlr.simple_bind(ctx=mx.cpu(), data=(2 * m, n))
exe2 = lr.simple_bind(ctx=mx.cpu(), data=(2 * m, n))
exe1.arg_dict['data'][:] = np.ones([2 * m, n])
exe2.arg_dict['data'][:] = np.ones([2 * m, n])
exe1.arg_dict['wlr_label'][:] = np.vstack([np.ones([m, n]), np.zeros([m, n])])
exe2.arg_dict['lr_label'][:] = np.vstack([np.ones([m, n]), np.zeros([m, n])])
exe1.forward(is_train=True)
exe2.forward(is_train=True)
print(np.round(exe1.outputs[0].asnumpy()[0], 5), np.round(exe2.outputs[0].asnumpy()[0], 5))
exe1.backward()
exe2.backward()
print(np.round(exe1.grad_dict['data'].asnumpy()[[0, -1]], 5))
print(np.round(exe2.grad_dict['data'].asnumpy()[[0, -1]], 5))
print(sorted(exe1.grad_dict), exe1.grad_dict['wlr_label'] is None or exe1.grad_dict['wlr_label'].asnumpy().sum())

# the custom op inside a HybridBlock, hybridized
class SqrBlock(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.Custom(x, op_type='sqr', name='sq')
blk = SqrBlock(); blk.hybridize()
xin = mx.nd.array([[1.5, -2.0], [0.5, 3.0]]); xin.attach_grad()
with mx.autograd.record():
    out = blk(xin)
out.backward()
print(out.asnumpy(), xin.grad.asnumpy())
print(mx.operator.get_all_registered_operators()[:0], 'sqr' in mx.operator.get_all_registered_operators() if hasattr(mx.operator, 'get_all_registered_operators') else '')

"""Tutorials packages/ndarray/sparse/train (Module, csr data, row_sparse weight) and train_gluon (sparse gradients): storage of bound inputs, csr@row_sparse sums, SGD groups holding sparse arrays."""
import mxnet as mx
import numpy as np
import random
random.seed(42); np.random.seed(42); mx.random.seed(42)
a = mx.sym.Variable('a')
b = mx.sym.Variable('b', stype='csr')
c = mx.sym.Variable('c', stype='row_sparse')
print((a, b, c))
shape = (2,2)
b_exec = b.simple_bind(ctx=mx.cpu(), b=shape)
c_exec = c.simple_bind(ctx=mx.cpu(), c=shape)
b_exec.forward()
c_exec.forward()
print(b_exec.outputs, c_exec.outputs)
b_exec.arg_dict['b'][:] = mx.nd.ones(shape).tostype('csr')
b_exec.forward()
eval_b = b_exec.outputs[0]
print({'eval_b': eval_b, 'eval_b.asnumpy()': eval_b.asnumpy()})
d = mx.sym.elemwise_add(a, a)
e = mx.sym.sparse.negative(b)
f = mx.sym.sparse.elemwise_add(c, c)
print({'d':d, 'e':e, 'f':f})
add_exec = mx.sym.Group([d, e, f]).simple_bind(ctx=mx.cpu(), a=shape, b=shape, c=shape)
add_exec.forward()
dense_add = add_exec.outputs[0]
csr_add = add_exec.outputs[1]
rsp_add = add_exec.outputs[2]
print({'dense_add.stype': dense_add.stype, 'csr_add.stype':csr_add.stype, 'rsp_add.stype': rsp_add.stype})
csr_log = mx.sym.log(a)
csr_rsp_add = mx.sym.elemwise_add(b, c)
fallback_exec = mx.sym.Group([csr_rsp_add, csr_log]).simple_bind(ctx=mx.cpu(), a=shape, b=shape, c=shape)
fallback_exec.forward()
fallback_add = fallback_exec.outputs[0]
fallback_log = fallback_exec.outputs[1]
print({'fallback_add': fallback_add, 'fallback_log': fallback_log})
data = mx.sym.var('data', stype='csr', shape=(32, 10000))
weight = mx.sym.var('weight', stype='row_sparse', shape=(10000, 2))
bias = mx.symbol.Variable("bias", shape=(2,))
dot = mx.symbol.sparse.dot(data, weight)
pred = mx.symbol.broadcast_add(dot, bias)
y = mx.symbol.Variable("label")
output = mx.symbol.SoftmaxOutput(data=pred, label=y, name="output")
executor = output.simple_bind(ctx=mx.cpu())
print({k: v.stype for k, v in executor.arg_dict.items()}, {k: (v.stype if v is not None else None) for k, v in executor.grad_dict.items()})
feature_dimension = 20
train_data = mx.test_utils.rand_ndarray((40, feature_dimension), 'csr', 0.1)
target_weight = mx.nd.arange(1, feature_dimension + 1).reshape((feature_dimension, 1))
train_label = mx.nd.dot(train_data, target_weight)
batch_size = 1
train_iter = mx.io.NDArrayIter(train_data, train_label, batch_size, last_batch_handle='discard', label_name='label')
initializer = mx.initializer.Normal(sigma=0.01)
X = mx.sym.Variable('data', stype='csr')
Y = mx.symbol.Variable('label')
weight = mx.symbol.Variable('weight', stype='row_sparse', shape=(feature_dimension, 1), init=initializer)
bias = mx.symbol.Variable('bias', shape=(1, ))
pred = mx.sym.broadcast_add(mx.sym.sparse.dot(X, weight), bias)
lro = mx.sym.LinearRegressionOutput(data=pred, label=Y, name="lro")
mod = mx.mod.Module(symbol=lro, data_names=['data'], label_names=['label'])
mod.bind(data_shapes=train_iter.provide_data, label_shapes=train_iter.provide_label)
mod.init_params(initializer=initializer)
sgd = mx.optimizer.SGD(learning_rate=0.05, rescale_grad=1.0/batch_size, momentum=0.9)
mod.init_optimizer(optimizer=sgd)
metric = mx.metric.create('MSE')
for epoch in range(2):
    train_iter.reset()
    metric.reset()
    for batch in train_iter:
        mod.forward(batch, is_train=True)
        mod.update_metric(metric, batch.label)
        mod.backward()
        mod.update()
    print('Epoch %d, Metric = %s' % (epoch, metric.get()), mod.get_params()[0]['weight'].asnumpy().ravel()[:6].tolist(), mod.get_params()[0]['bias'].asnumpy().tolist())
sgd = mx.optimizer.SGD(learning_rate=0.05, wd=0.01)
mod.init_optimizer(optimizer=sgd, force_init=True)
train_iter.reset()
for batch in train_iter:
    mod.forward(batch, is_train=True); mod.backward(); mod.update()
print(mod.get_params()[0]['weight'].asnumpy().ravel())
class Scale(mx.gluon.HybridBlock):
    """x * weight + bias per feature (elementwise, so the sums do not depend on the CPU's gemm)."""
    def __init__(self, **kwargs):
        super(Scale, self).__init__(**kwargs)
        with self.name_scope():
            self.weight = self.params.get('weight', shape=(4,))
            self.bias = self.params.get('bias', shape=(4,))
    def hybrid_forward(self, F, x, weight, bias):
        return F.broadcast_add(F.broadcast_mul(x, weight), bias)
for nlayers, clip, mom in [(1, None, 0), (1, 0.9, 0), (2, None, 0), (3, None, 0), (4, None, 0), (6, None, 0), (6, None, 0.9), (1, None, 0.9)]:
    mx.random.seed(3); np.random.seed(3)
    net = mx.gluon.nn.HybridSequential()
    net.add(mx.gluon.nn.Embedding(10, 4, sparse_grad=True))
    for _ in range(nlayers):
        net.add(Scale())
    net.initialize(mx.init.Uniform(0.5))
    tr = mx.gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.3, 'wd': 0.07, 'clip_gradient': clip, 'momentum': mom})
    x = mx.nd.array([[1, 3, 3], [7, 0, 2]])
    for _ in range(3):
        with mx.autograd.record():
            l = net(x).sum()
        l.backward()
        tr.step(2)
    print(nlayers, clip, mom, [p.data().asnumpy().sum().item() for p in net.collect_params().values()])
rs = np.random.RandomState(1)
d = rs.uniform(-1, 1, (50, 40)).astype('float32') * (rs.rand(50, 40) < 0.3)
w = rs.uniform(-1, 1, (40, 3)).astype('float32')
csr = mx.nd.array(d).tostype('csr')
r1 = mx.nd.sparse.dot(csr, mx.nd.array(w)).asnumpy()
r2 = mx.nd.sparse.dot(csr, mx.nd.array(w).tostype('row_sparse')).asnumpy()
r3 = mx.nd.sparse.dot(csr, mx.nd.array(w[:, :1])).asnumpy()
r4 = mx.nd.sparse.dot(csr, mx.nd.array(w[:, :1]).tostype('row_sparse')).asnumpy()
dy = rs.uniform(-1, 1, (50, 3)).astype('float32')
r5 = mx.nd.sparse.dot(csr, mx.nd.array(dy), transpose_a=True)
print(r5.stype)
r5 = r5.asnumpy()
import hashlib
for r in (r1, r2, r3, r4, r5):
    print(hashlib.md5(r.tobytes()).hexdigest(), r.ravel()[:4].tolist())

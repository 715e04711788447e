# Executor over layer ops: FullyConnected, Convolution, BatchNorm aux states, losses, Dropout, Reshape.
import mxnet as mx
import numpy as np

np.random.seed(0)
data = mx.sym.var('data')
conv = mx.sym.Convolution(data, kernel=(3, 3), num_filter=2, pad=(1, 1), name='conv')
bn = mx.sym.BatchNorm(conv, name='bn', fix_gamma=False)
act = mx.sym.Activation(bn, act_type='relu')
pool = mx.sym.Pooling(act, kernel=(2, 2), stride=(2, 2), pool_type='max')
flat = mx.sym.Flatten(pool)
fc = mx.sym.FullyConnected(flat, num_hidden=3, name='fc')
out = mx.sym.SoftmaxOutput(fc, name='softmax')
print(out.list_arguments(), out.list_auxiliary_states())
print(out.infer_shape(data=(2, 1, 4, 4)))
ex = out.simple_bind(mx.cpu(), data=(2, 1, 4, 4))
for name, arr in ex.arg_dict.items():
    if name not in ('data', 'softmax_label'):
        arr[:] = np.random.uniform(-0.5, 0.5, arr.shape)
ex.aux_dict['bn_moving_var'][:] = 1
ex.arg_dict['data'][:] = np.random.uniform(0, 1, (2, 1, 4, 4))
ex.arg_dict['softmax_label'][:] = [0, 2]
o = ex.forward(is_train=True)
print(np.round(o[0].asnumpy(), 4).tolist())
ex.backward()
print(np.round(ex.grad_dict['fc_weight'].asnumpy(), 4).tolist())
print(np.round(ex.grad_dict['conv_weight'].asnumpy(), 4).tolist())
print(ex.grad_dict['softmax_label'].asnumpy().tolist())
print(np.round(ex.aux_dict['bn_moving_mean'].asnumpy(), 4).tolist(), np.round(ex.aux_dict['bn_moving_var'].asnumpy(), 4).tolist())
o2 = ex.forward(is_train=False)
print(np.round(o2[0].asnumpy(), 4).tolist())

x = mx.sym.var('x')
lab = mx.sym.var('lab')
lr = mx.sym.LinearRegressionOutput(x, lab, name='lr')
ex = lr.simple_bind(mx.cpu(), x=(2, 2))
ex.arg_dict['x'][:] = [[1, 2], [3, 4]]
ex.arg_dict['lab'][:] = [[0, 0], [1, 1]]
print(ex.forward(is_train=True)[0].asnumpy().tolist())
ex.backward()
print(ex.grad_dict['x'].asnumpy().tolist(), ex.grad_dict['lab'].asnumpy().tolist())
for cls in (mx.sym.LogisticRegressionOutput, mx.sym.MAERegressionOutput):
    s = cls(x, lab, name='r')
    ex = s.simple_bind(mx.cpu(), x=(2, 2))
    ex.arg_dict['x'][:] = [[1, -2], [3, 4]]
    ex.arg_dict['lab'][:] = [[0, 0], [1, 1]]
    print(s.list_outputs(), np.round(ex.forward(is_train=True)[0].asnumpy(), 5).tolist())
    ex.backward()
    print(np.round(ex.grad_dict['x'].asnumpy(), 5).tolist())
ml = mx.sym.MakeLoss(mx.sym.sum(x * x), name='ml')
print(ml.list_outputs())
ex = ml.simple_bind(mx.cpu(), x=(2,))
ex.arg_dict['x'][:] = [1, 2]
print(ex.forward(is_train=True)[0].asnumpy().tolist())
ex.backward()
print(ex.grad_dict['x'].asnumpy().tolist())
bg = mx.sym.BlockGrad(x * 2) + x
ex = bg.simple_bind(mx.cpu(), x=(2,))
ex.forward(is_train=True)
ex.backward(mx.nd.ones(2))
print(ex.grad_dict['x'].asnumpy().tolist())
r = mx.sym.Reshape(x, shape=(-1, 2), name='r')
print(r.infer_shape(x=(3, 4, 2)), mx.sym.reshape(x, shape=(0, -3)).infer_shape(x=(2, 3, 4))[1])
sc = mx.sym.SliceChannel(x, num_outputs=2, axis=1, squeeze_axis=True)
print(sc.infer_shape(x=(3, 2, 5))[1], sc.list_outputs())
print([o.asnumpy().tolist() for o in sc.eval(x=mx.nd.array([[1, 2], [3, 4]]))])
c = mx.sym.concat(x, x * 2, dim=0)
print(c.eval(x=mx.nd.array([[1, 2]]))[0].asnumpy().tolist())
d = mx.sym.Dropout(x, p=0.5)
print(d.eval(x=mx.nd.ones((2, 2)))[0].asnumpy().tolist())

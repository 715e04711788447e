# Symbolic training loop by hand: simple_bind with grad_req='add' to accumulate over micro-batches, zeroing grads,
# optimizer update ops (sgd_mom_update, adam_update) on the bound arrays
import mxnet as mx
from mxnet import nd

mx.random.seed(10)
data = mx.sym.var('data')
label = mx.sym.var('label')
fc = mx.sym.FullyConnected(data, num_hidden=1, name='fc')
loss = mx.sym.MakeLoss(mx.sym.mean(mx.sym.square(mx.sym.reshape(fc, shape=(-1,)) - label)), name='mse')
exe = loss.simple_bind(mx.cpu(), data=(4, 3), label=(4,), grad_req={'data': 'null', 'label': 'null',
                                                                      'fc_weight': 'add', 'fc_bias': 'add'})
print(sorted(exe.arg_dict.keys()), [g is None for g in exe.grad_arrays])
X = nd.random.normal(shape=(12, 3))
Y = nd.dot(X, nd.array([1.0, -2.0, 0.5])) + 0.3
exe.arg_dict['fc_weight'][:] = nd.random.uniform(-0.1, 0.1, shape=(1, 3))
exe.arg_dict['fc_bias'][:] = 0
mom = {k: nd.zeros_like(exe.arg_dict[k]) for k in ('fc_weight', 'fc_bias')}
for epoch in range(5):
    for name in mom:
        exe.grad_dict[name][:] = 0
    total = 0.0
    for start in range(0, 12, 4):
        exe.arg_dict['data'][:] = X[start:start + 4]
        exe.arg_dict['label'][:] = Y[start:start + 4]
        exe.forward(is_train=True)
        exe.backward()
        total += exe.outputs[0].asscalar()
    print(epoch, repr(total), exe.grad_dict['fc_bias'].asnumpy().tolist())
    for name in mom:
        nd.sgd_mom_update(exe.arg_dict[name], exe.grad_dict[name], mom[name], out=exe.arg_dict[name],
                          lr=0.05, momentum=0.9, rescale_grad=1.0 / 3)
print(exe.arg_dict['fc_weight'].asnumpy().tolist(), exe.arg_dict['fc_bias'].asnumpy().tolist())

w = exe.arg_dict['fc_weight'].copy()
m, v = nd.zeros_like(w), nd.zeros_like(w)
for t in range(1, 4):
    g = nd.array([[0.1, -0.2, 0.3]]) * t
    lr_t = 0.01 * (1 - 0.999 ** t) ** 0.5 / (1 - 0.9 ** t)
    nd.adam_update(w, g, m, v, out=w, lr=lr_t, beta1=0.9, beta2=0.999, epsilon=1e-8, wd=0.01)
    print(t, w.asnumpy().tolist(), m.asnumpy().tolist())
exe.copy_params_from({'fc_weight': w, 'fc_bias': nd.array([0.5])})
exe.forward(is_train=False, data=X[:4], label=Y[:4])
print(repr(exe.outputs[0].asscalar()))

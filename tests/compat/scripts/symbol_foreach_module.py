import mxnet as mx
import numpy as np
np.random.seed(0); mx.random.seed(0)
data = mx.sym.var('data')
h0 = mx.sym.var('h0')
w = mx.sym.var('w_weight', shape=(3, 4)); u = mx.sym.var('u_weight', shape=(4, 4))
def step(x, s):
    h = mx.sym.tanh(mx.sym.dot(x, w) + mx.sym.dot(s[0], u))
    return h, [h]
outs, st = mx.sym.contrib.foreach(step, data, [h0])
pred = mx.sym.FullyConnected(st[0], num_hidden=2, name='fc')
loss = mx.sym.SoftmaxOutput(pred, name='softmax')
mod = mx.mod.Module(loss, data_names=['data', 'h0'], label_names=['softmax_label'])
X = np.random.uniform(-1, 1, (8, 8, 3)).astype('float32')
H = np.zeros((8, 4), 'float32')
Y = (X.sum(axis=(0, 2)) > 0).astype('float32')
mod.bind(data_shapes=[('data', (8, 8, 3)), ('h0', (8, 4))], label_shapes=[('softmax_label', (8,))])
mod.init_params(mx.init.Constant(0.1), force_init=True)
mod.init_optimizer(optimizer='sgd', optimizer_params={'learning_rate': 0.5})
batch = mx.io.DataBatch([mx.nd.array(X), mx.nd.array(H)], [mx.nd.array(Y)])
for i in range(3):
    mod.forward(batch, is_train=True)
    mod.backward()
    mod.update()
    print(i, mod.get_outputs()[0].asnumpy()[:2].round(4).tolist())
args, _ = mod.get_params()
print({k: v.asnumpy().round(4).tolist() for k, v in sorted(args.items()) if k in ('u_weight', 'w_weight', 'fc_bias')})

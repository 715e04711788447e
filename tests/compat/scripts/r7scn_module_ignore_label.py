# Sequence labelling with SoftmaxOutput(multi_output, use_ignore, normalization='valid') in a Module, metrics
import numpy as np
import mxnet as mx

np.random.seed(2)
mx.random.seed(2)
N, T, C = 12, 4, 3
X = np.random.randn(N, C, T).astype('float32')
Y = X.argmax(axis=1).astype('float32')
Y[:, 3] = -1
it = mx.io.NDArrayIter(X, Y, batch_size=4, label_name='softmax_label')
data = mx.sym.var('data')
x = mx.sym.transpose(data, axes=(0, 2, 1))
fc = mx.sym.FullyConnected(x, num_hidden=C, flatten=False, name='fc')
out = mx.sym.SoftmaxOutput(mx.sym.transpose(fc, axes=(0, 2, 1)), multi_output=True, use_ignore=True,
                           ignore_label=-1, normalization='valid', name='softmax')
mod = mx.mod.Module(out)
mod.bind(data_shapes=it.provide_data, label_shapes=it.provide_label)
mod.init_params(mx.init.Uniform(0.3))
mod.init_optimizer(optimizer='sgd', optimizer_params={'learning_rate': 0.5})
metric = mx.metric.Accuracy(axis=1)
for epoch in range(3):
    it.reset()
    metric.reset()
    for batch in it:
        mod.forward_backward(batch)
        mod.update()
        mod.update_metric(metric, batch.label)
    print(epoch, metric.get())
outs = mod.get_outputs()[0]
print(outs.shape, outs[0].asnumpy().tolist())
print(mod.get_params()[0]['fc_weight'].asnumpy().tolist())
grads = mod._exec_group.grad_arrays
print([g[0].shape for g in grads if g])

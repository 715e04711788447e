# Module API: symbolic MLP trained with fit(), custom batch/epoch callbacks, checkpoint and score
import os
import tempfile
import logging
import numpy as np
import mxnet as mx

logging.disable(logging.CRITICAL)
np.random.seed(0)
mx.random.seed(0)
X = np.random.randn(100, 5).astype('float32')
y = (X[:, 0] + X[:, 1] * X[:, 2] > 0).astype('float32')
train_iter = mx.io.NDArrayIter(X[:80], y[:80], batch_size=20, shuffle=False, label_name='softmax_label')
val_iter = mx.io.NDArrayIter(X[80:], y[80:], batch_size=20, label_name='softmax_label')

data = mx.sym.var('data')
fc1 = mx.sym.FullyConnected(data, num_hidden=16, name='fc1')
act = mx.sym.Activation(fc1, act_type='relu', name='relu1')
fc2 = mx.sym.FullyConnected(act, num_hidden=2, name='fc2')
net = mx.sym.SoftmaxOutput(fc2, name='softmax')

seen = []


def batch_cb(param):
    name, value = param.eval_metric.get()
    seen.append((param.epoch, param.nbatch, round(value, 6)))


def epoch_cb(epoch, symbol, arg_params, aux_params):
    print('epoch', epoch, 'fc2_bias', arg_params['fc2_bias'].asnumpy().tolist())


tmp = tempfile.mkdtemp()
mod = mx.mod.Module(net, context=mx.cpu())
mod.fit(train_iter, eval_data=val_iter, optimizer='sgd',
        optimizer_params={'learning_rate': 0.5, 'momentum': 0.9, 'wd': 1e-4},
        initializer=mx.init.Xavier(), eval_metric='acc', num_epoch=4,
        batch_end_callback=batch_cb,
        epoch_end_callback=[epoch_cb, mx.callback.do_checkpoint(os.path.join(tmp, 'mlp'), period=2)])
print(seen)
print(sorted(os.listdir(tmp)))
print(mod.score(val_iter, ['acc', 'ce']))
sym, args, auxs = mx.model.load_checkpoint(os.path.join(tmp, 'mlp'), 4)
print(sym.list_outputs(), sorted(args.keys()), auxs)
mod2 = mx.mod.Module(sym, context=mx.cpu())
mod2.bind(data_shapes=val_iter.provide_data, label_shapes=val_iter.provide_label, for_training=False)
mod2.set_params(args, auxs)
out = mod2.predict(val_iter)
print(out.shape, out[:3].asnumpy().tolist())
print(mod.get_params()[0]['fc1_weight'][0].asnumpy().tolist())

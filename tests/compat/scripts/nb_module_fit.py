# Module notebook, cnn/mnist LeNet, mnist tutorials and mnist_regularizer (mxnet-notebooks): fit/score/predict + logs.
import logging
import re
import sys
import mxnet as mx
import numpy as np


class _NoTiming(logging.Filter):
    def filter(self, record):
        msg = record.getMessage()
        msg = re.sub(r'Speed: [0-9.e+inf]+ samples/sec', 'Speed: S samples/sec', msg)
        msg = re.sub(r'Time cost=[0-9.e+-]+', 'Time cost=T', msg)
        record.msg, record.args = msg, ()
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(_NoTiming())
handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.INFO)

mx.random.seed(7)
np.random.seed(7)
n, d = 40, 6
X = np.random.uniform(-1, 1, (n, d)).astype('float32')
Y = (X[:, 0] + X[:, 1] > 0).astype('float32') + (X[:, 2] > 0.5)
train_iter = mx.io.NDArrayIter(X[:30], Y[:30], batch_size=10, shuffle=False)
val_iter = mx.io.NDArrayIter(X[30:], Y[30:], batch_size=10)

data = mx.sym.Variable('data')
fc1 = mx.sym.FullyConnected(data, name='fc1', num_hidden=8)
act1 = mx.sym.Activation(fc1, name='relu1', act_type="relu")
fc2 = mx.sym.FullyConnected(act1, name='fc2', num_hidden=3)
out = mx.sym.SoftmaxOutput(fc2, name='softmax')
mod = mx.mod.Module(out)
print(mod.data_names, mod.label_names, mod.output_names)
mod.fit(train_iter, eval_data=val_iter, optimizer='sgd', optimizer_params={'learning_rate': 0.5},
        eval_metric='acc', num_epoch=2, initializer=mx.init.Xavier(),
        batch_end_callback=mx.callback.Speedometer(10, 1))
y = mod.predict(val_iter)
print(y.shape, y.asnumpy().round(4)[:2])
print([(k, round(v, 5)) for k, v in mod.score(val_iter, ['mse', 'acc'])])
print([(k, round(v, 5)) for k, v in mod.score(val_iter, mx.metric.create(['acc', 'ce']))])
for preds, i_batch, batch in mod.iter_predict(val_iter):
    pred_label = preds[0].asnumpy().argmax(axis=1)
    label = batch.label[0].asnumpy().astype('int32')
    print('batch %d, accuracy %f' % (i_batch, float(sum(pred_label == label)) / len(label)))
print(mod.data_shapes, mod.label_shapes, mod.output_shapes)
arg_params, aux_params = mod.get_params()
print(sorted((k, v.shape) for k, v in arg_params.items()), aux_params)

# intermediate level: bind/init/forward/backward/update by hand
mod = mx.mod.Module(symbol=out, context=mx.cpu(), data_names=['data'], label_names=['softmax_label'])
mod.bind(data_shapes=train_iter.provide_data, label_shapes=train_iter.provide_label)
mod.init_params(initializer=mx.init.Uniform(scale=.1))
mod.init_optimizer(optimizer='sgd', optimizer_params=(('learning_rate', 0.1),))
metric = mx.metric.create('acc')
for epoch in range(2):
    train_iter.reset()
    metric.reset()
    for batch in train_iter:
        mod.forward(batch, is_train=True)
        mod.update_metric(metric, batch.label)
        mod.backward()
        mod.update()
    print('Epoch %d, Training %s' % (epoch, metric.get()))
print(mod.get_outputs()[0].asnumpy().round(4)[:2], len(mod.get_input_grads()) if mod.inputs_need_grad else None)

# checkpoint and resume
mod.save_checkpoint('/tmp/nb_module_fit', 3)
sym, arg_params, aux_params = mx.model.load_checkpoint('/tmp/nb_module_fit', 3)
print(sym.list_outputs(), sorted(arg_params))
mod2 = mx.mod.Module.load('/tmp/nb_module_fit', 3)
mod2.bind(data_shapes=val_iter.provide_data, label_shapes=val_iter.provide_label, for_training=False)
print(mod2.score(val_iter, 'acc'))
train_iter.reset()
mod3 = mx.mod.Module(symbol=sym)
mod3.fit(train_iter, num_epoch=4, arg_params=arg_params, aux_params=aux_params, begin_epoch=3,
         epoch_end_callback=mx.callback.do_checkpoint('/tmp/nb_module_fit_cb'))
print(mx.model.load_checkpoint('/tmp/nb_module_fit_cb', 4)[1]['fc2_bias'].asnumpy().round(5))

# LeNet (cnn/mnist), tiny
mx.random.seed(11)
img = np.random.uniform(0, 1, (8, 1, 12, 12)).astype('float32')
lab = np.arange(8) % 4
data = mx.sym.var('data')
conv1 = mx.sym.Convolution(data=data, kernel=(3, 3), num_filter=4)
tanh1 = mx.sym.Activation(data=conv1, act_type="tanh")
pool1 = mx.sym.Pooling(data=tanh1, pool_type="max", kernel=(2, 2), stride=(2, 2))
conv2 = mx.sym.Convolution(data=pool1, kernel=(2, 2), num_filter=6)
tanh2 = mx.sym.Activation(data=conv2, act_type="tanh")
pool2 = mx.sym.Pooling(data=tanh2, pool_type="max", kernel=(2, 2), stride=(2, 2))
flatten = mx.sym.flatten(data=pool2)
fc1 = mx.sym.FullyConnected(data=flatten, num_hidden=10)
tanh3 = mx.sym.Activation(data=fc1, act_type="tanh")
fc2 = mx.sym.FullyConnected(data=tanh3, num_hidden=4)
lenet = mx.sym.SoftmaxOutput(data=fc2, name='softmax')
print(lenet.infer_shape(data=(4, 1, 12, 12))[1], lenet.list_arguments())
it = mx.io.NDArrayIter(img, lab, 4, shuffle=True)
lenet_model = mx.mod.Module(symbol=lenet, context=mx.cpu())
lenet_model.fit(it, eval_data=mx.io.NDArrayIter(img, lab, 4), optimizer='sgd',
                optimizer_params={'learning_rate': 0.1, 'wd': 0.001}, eval_metric='acc',
                batch_end_callback=mx.callback.Speedometer(4, 1), num_epoch=2)
prob = lenet_model.predict(mx.io.NDArrayIter(img, None, 4))
print(prob.shape, prob.asnumpy().round(3)[0])
acc = mx.metric.Accuracy()
lenet_model.score(mx.io.NDArrayIter(img, lab, 4), acc)
print(acc, acc.get())

# older FeedForward-style regularizer notebook: weight decay through the optimizer, MakeLoss penalty
w = mx.sym.Variable('fc_weight')
fc = mx.sym.FullyConnected(mx.sym.Variable('data'), weight=w, num_hidden=3, name='fc')
loss = mx.sym.SoftmaxOutput(fc, name='softmax')
reg = mx.sym.MakeLoss(0.01 * mx.sym.sum(mx.sym.square(w)), name='reg')
grp = mx.sym.Group([loss, mx.sym.BlockGrad(reg)])
m = mx.mod.Module(mx.sym.Group([loss, reg]), label_names=['softmax_label'])
m.bind(data_shapes=[('data', (10, d))], label_shapes=[('softmax_label', (10,))])
m.init_params(mx.init.Normal(0.1))
m.init_optimizer(optimizer_params={'learning_rate': 0.1})
train_iter.reset()
b = next(train_iter)
m.forward_backward(b)
m.update()
print([o.shape for o in m.get_outputs()], m.get_outputs()[1].asnumpy().round(6), grp.list_outputs())

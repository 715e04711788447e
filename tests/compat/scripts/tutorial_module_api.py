import logging, os, tempfile
import numpy as np
import mxnet as mx
mx.random.seed(1234)
np.random.seed(1234)
logging.getLogger().setLevel(logging.CRITICAL)

# synthetic stand-in for the UCI letter dataset: 16 features, 26 classes
rs = np.random.RandomState(0)
X = rs.uniform(0, 15, (200, 16)).astype('float32')
Y = rs.randint(0, 26, (200,)).astype('float32')
batch_size = 32
ntrain = 160
train_iter = mx.io.NDArrayIter(X[:ntrain, :], Y[:ntrain], batch_size, shuffle=True)
val_iter = mx.io.NDArrayIter(X[ntrain:, :], Y[ntrain:], batch_size)

with mx.name.NameManager():
    net = mx.sym.Variable('data')
    net = mx.sym.FullyConnected(net, name='fc1', num_hidden=64)
    net = mx.sym.Activation(net, name='relu1', act_type="relu")
    net = mx.sym.FullyConnected(net, name='fc2', num_hidden=26)
    net = mx.sym.SoftmaxOutput(net, name='softmax')
print(net.list_arguments(), net.list_outputs())
mod = mx.mod.Module(symbol=net, context=mx.cpu(), data_names=['data'], label_names=['softmax_label'])
print(mod.data_names, mod.label_names, mod.output_names, mod.binded, mod.params_initialized)

mod.bind(data_shapes=train_iter.provide_data, label_shapes=train_iter.provide_label)
mod.init_params(initializer=mx.init.Uniform(scale=.1))
mod.init_optimizer(optimizer='sgd', optimizer_params=(('learning_rate', 0.1), ))
metric = mx.metric.create('acc')
for epoch in range(3):
    train_iter.reset()
    metric.reset()
    for batch in train_iter:
        mod.forward(batch, is_train=True)
        mod.update_metric(metric, batch.label)
        mod.backward()
        mod.update()
    print('Epoch %d, Training %s' % (epoch, [(n, round(v, 4)) for n, v in metric.get_name_value()]))
print(mod.data_shapes, mod.label_shapes, mod.output_shapes)
arg, aux = mod.get_params()
print(sorted((k, v.shape) for k, v in arg.items()), aux)

train_iter.reset()
mod = mx.mod.Module(symbol=net, context=mx.cpu(), data_names=['data'], label_names=['softmax_label'])
mod.fit(train_iter, eval_data=val_iter, optimizer='sgd', optimizer_params={'learning_rate': 0.1},
        eval_metric='acc', num_epoch=3, initializer=mx.init.Xavier())
y = mod.predict(val_iter)
assert y.shape == (40, 26)
print(y.shape, '%.4f' % y.sum().asscalar())
score = mod.score(val_iter, ['acc'])
print("Accuracy score is %.4f" % (score[0][1]))
for preds, i_batch, batch in mod.iter_predict(val_iter):
    pred_label = preds[0].asnumpy().argmax(axis=1)
    label = batch.label[0].asnumpy().astype('int32')[:len(pred_label)]
    print('batch %d, accuracy %f' % (i_batch, (label == pred_label).sum() / len(label)))

d = tempfile.mkdtemp()
model_prefix = os.path.join(d, 'mx_mlp')
checkpoint = mx.callback.do_checkpoint(model_prefix)
mod = mx.mod.Module(symbol=net)
mod.fit(train_iter, num_epoch=2, epoch_end_callback=checkpoint, initializer=mx.init.Xavier())
print(sorted(os.listdir(d)))
sym, arg_params, aux_params = mx.model.load_checkpoint(model_prefix, 2)
assert sym.tojson() == net.tojson()
mod.set_params(arg_params, aux_params)
mod = mx.mod.Module(symbol=sym)
mod.fit(train_iter, num_epoch=4, arg_params=arg_params, aux_params=aux_params, begin_epoch=2)
print("Accuracy score is %.4f" % mod.score(val_iter, 'acc')[0][1])
mod2 = mx.mod.Module.load(model_prefix, 2)
mod2.bind(data_shapes=val_iter.provide_data, label_shapes=val_iter.provide_label, for_training=False)
print("Loaded accuracy %.4f" % mod2.score(val_iter, 'acc')[0][1])

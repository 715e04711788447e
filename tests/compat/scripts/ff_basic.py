import logging
import os
import tempfile
import warnings

import numpy as np
import mxnet as mx


class PrintLogs(logging.Handler):
    """Print log records to stdout; the time cost varies, so only its epoch is shown."""

    def emit(self, record):
        if 'Time cost' in record.msg:
            print('LOG', record.msg.split('=')[0] % record.args[:1])
        elif 'Saved checkpoint' in record.msg:
            print('LOG saved', os.path.basename(record.args[0]))
        else:
            print('LOG', record.getMessage())


root = logging.getLogger()
root.setLevel(logging.INFO)
root.addHandler(PrintLogs())

np.random.seed(0)
mx.random.seed(0)
X = np.random.randn(40, 5).astype('float32')
y = (X[:, 0] + X[:, 1] > 0).astype('float32')
Xv = np.random.randn(12, 5).astype('float32')
yv = (Xv[:, 0] + Xv[:, 1] > 0).astype('float32')

data = mx.sym.Variable('data')
net = mx.sym.FullyConnected(data, num_hidden=8, name='fc1')
net = mx.sym.Activation(net, act_type='relu', name='relu1')
net = mx.sym.FullyConnected(net, num_hidden=2, name='fc2')
net = mx.sym.SoftmaxOutput(net, name='softmax')

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    model = mx.model.FeedForward(net, num_epoch=3, numpy_batch_size=10, learning_rate=0.1,
                                 momentum=0.9, wd=0.001, initializer=mx.init.Xavier())
print([(w.category.__name__, str(w.message)) for w in caught])
print(model.ctx, model.num_epoch, model.epoch_size, model.optimizer, model.numpy_batch_size,
      model.begin_epoch, sorted(model.kwargs.items()))


def batch_end(param):
    name, value = param.eval_metric.get()
    print('batch', param.epoch, param.nbatch, name, round(value, 6))


def epoch_end(epoch, symbol, arg_params, aux_params):
    print('epoch', epoch, symbol.name, sorted(arg_params), sorted(aux_params))
    print([[round(float(v), 5) for v in row] for row in arg_params['fc2_weight'].asnumpy()])


model.fit(X, y, eval_data=(Xv, yv), batch_end_callback=batch_end, epoch_end_callback=epoch_end)
print(sorted((k, v.shape) for k, v in model.arg_params.items()))
print([round(float(v), 5) for v in model.arg_params['fc1_bias'].asnumpy()])
prob = model.predict(Xv)
print(prob.shape, prob.dtype, [[round(float(v), 5) for v in row] for row in prob])
print(round(float(model.score(Xv)), 6))
print(round(float(model.score(mx.io.NDArrayIter(Xv, yv, batch_size=5), eval_metric='ce')), 5))
out, d, l = model.predict(mx.io.NDArrayIter(Xv, yv, batch_size=5), num_batch=2, return_data=True)
print(out.shape, d.shape, l.tolist(), np.array_equal(d, Xv[:10]))

tmp = tempfile.mkdtemp()
prefix = os.path.join(tmp, 'ff')
model.save(prefix)
print(sorted(os.listdir(tmp)))
loaded = mx.model.FeedForward.load(prefix, 3, numpy_batch_size=4)
print(loaded.begin_epoch, loaded.numpy_batch_size, loaded.num_epoch)
print(np.array_equal(loaded.predict(Xv), prob))
for f in os.listdir(tmp):
    os.remove(os.path.join(tmp, f))
os.rmdir(tmp)

it = mx.io.NDArrayIter(X, y, batch_size=8, shuffle=False)
created = mx.model.FeedForward.create(net, it, num_epoch=2, learning_rate=0.05,
                                      eval_metric='acc', initializer=mx.init.Uniform(0.1))
print(type(created).__name__, [[round(float(v), 5) for v in row] for row in created.predict(Xv[:3])])

try:
    model.fit(X)
except ValueError as e:
    print('ValueError', e)
try:
    model.fit(X, [1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    model.fit(X, y[:3])
except ValueError as e:
    print('ValueError', e)
try:
    model.fit(X, np.zeros((40, 2)))
except ValueError as e:
    print('ValueError', e)
try:
    model.predict([1, 2])
except TypeError as e:
    print('TypeError', e)

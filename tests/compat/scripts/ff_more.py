import logging
import os
import tempfile

import numpy as np
import mxnet as mx

lines = []


class Keep(logging.Handler):
    def emit(self, record):
        if 'Time cost' not in record.msg:
            lines.append(record.getMessage())


log = logging.getLogger('ff')
log.setLevel(logging.INFO)
log.addHandler(Keep())
log.propagate = False
logging.getLogger().setLevel(logging.INFO)
logging.getLogger().addHandler(Keep())

np.random.seed(1)
mx.random.seed(1)
X = np.random.uniform(-1, 1, (30, 4)).astype('float32')
y = np.argmax(X[:, :3], axis=1).astype('float32')

data = mx.sym.Variable('data')
net = mx.sym.FullyConnected(data, num_hidden=6, no_bias=True, name='fc1')
net = mx.sym.BatchNorm(net, name='bn', fix_gamma=False)
net = mx.sym.Activation(net, act_type='tanh')
net = mx.sym.FullyConnected(net, num_hidden=3, name='fc2')
net = mx.sym.SoftmaxOutput(net, name='softmax')

it = mx.io.NDArrayIter(X, y, batch_size=6, shuffle=False)
seen = []
opt = mx.optimizer.Adam(learning_rate=0.02, rescale_grad=1 / 6.)
model = mx.model.FeedForward(net, ctx=mx.cpu(), num_epoch=3, epoch_size=3, optimizer=opt,
                             initializer=mx.init.Xavier(magnitude=2))
model.fit(it, eval_data=mx.io.NDArrayIter(X[:12], y[:12], batch_size=6), eval_metric=['acc', 'ce'],
          batch_end_callback=[lambda p: seen.append((p.epoch, p.nbatch)), lambda p: None],
          eval_batch_end_callback=lambda p: seen.append(('eval', p.epoch, p.nbatch)),
          kvstore=None, logger=log)
print(seen)
print(lines)
print(sorted(opt.idx2name.items()))
print(sorted(model.aux_params), [round(float(v), 4) for v in model.aux_params['bn_moving_mean'].asnumpy()])
print([round(float(v), 4) for v in model.arg_params['bn_gamma'].asnumpy()])
print(np.round(model.predict(X[:5]), 4).tolist())
del lines[:]

tmp = tempfile.mkdtemp()
prefix = os.path.join(tmp, 'm')
model.save(prefix, epoch=7)
again = mx.model.FeedForward.load(prefix, 7, num_epoch=8, learning_rate=0.01, numpy_batch_size=10)
print(again.begin_epoch, again.num_epoch, sorted(again.kwargs.items()))
again.fit(X, y, kvstore='local', eval_metric=mx.metric.create('acc'),
          epoch_end_callback=mx.callback.do_checkpoint(prefix))
print([l.replace(tmp, 'TMP') for l in lines])
print(sorted(os.listdir(tmp)))
print(np.round(again.predict(mx.io.NDArrayIter(X[:4], batch_size=2)), 4).tolist())
for f in os.listdir(tmp):
    os.remove(os.path.join(tmp, f))
os.rmdir(tmp)

extra = dict(model.arg_params, unused=mx.nd.ones((2,)))
kept = mx.model.FeedForward(net, arg_params=extra, aux_params=model.aux_params, allow_extra_params=True)
print(sorted(kept.arg_params))
print(np.round(kept.predict(X[:2]), 4).tolist())
print(round(float(kept.score(mx.io.NDArrayIter(X, y, batch_size=10), num_batch=2)), 4))

a = mx.sym.Variable('data')
dup = mx.sym.FullyConnected(a, num_hidden=2, name='fc') + mx.sym.FullyConnected(a, num_hidden=2, name='fc')
try:
    mx.model.FeedForward(dup)
except ValueError as e:
    print('ValueError', e)
try:
    model.fit(X, y, eval_data=(None, y))
except ValueError as e:
    print('ValueError', e)
try:
    model.fit(X, y, eval_data=5)
except TypeError as e:
    print('TypeError', e)
print(mx.model.BatchEndParam._fields, mx.model.BASE_ESTIMATOR)
kv, upd = mx.model._create_kvstore('local', 1, {'w': mx.nd.ones((2,))})
print(kv, upd)
kv, upd = mx.model._create_kvstore('local', 2, {'w': mx.nd.ones((2,))})
print(kv.type, upd)
kv, upd = mx.model._create_kvstore(None, 2, {})
print(kv, upd)
try:
    mx.model._create_kvstore(3, 1, {})
except TypeError as e:
    print('TypeError', e)
calls = []
mx.model._multiple_callbacks([lambda *a: calls.append(a), lambda *a: calls.append(len(a))], 1, 2)
mx.model._multiple_callbacks(None, 1)
print(calls)
try:
    model.fit(it, eval_data=mx.io.NDArrayIter(X[:12], y[:12], batch_size=4), kvstore=None)
except AssertionError as e:
    print('AssertionError', e)

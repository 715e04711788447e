"""Module.score, predict and iter_predict: metrics, num_batch, padding, merging, reset, arrays instead of iterators."""
import warnings

import numpy as np
import mxnet as mx
from _words import words

S = mx.sym


def X(n, k=5):
    return mx.nd.array(np.arange(n * k).reshape(n, k) % 7 / 7.0)


def Y(n):
    return mx.nd.array(np.arange(n) % 3)


def it(n=8, bs=4, **kw):
    return mx.io.NDArrayIter(X(n), Y(n), batch_size=bs, **kw)


def shown(r):
    if isinstance(r, mx.nd.NDArray):
        return ('%s %s' % (r.shape, r.dtype.__name__), r.asnumpy().astype('float64').round(4).tolist())
    if isinstance(r, (list, tuple)):
        return type(r)([shown(x) for x in r])
    return round(r, 5) if isinstance(r, float) else r


def show(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(label, '->', shown(fn()))
        except Exception as e:
            print(label, '->', words(e)[:200])
    for w in caught:
        if w.category is UserWarning:
            print('  warning:', str(w.message)[:200])


def net(data=None):
    x = S.FullyConnected(S.var('data') if data is None else data, num_hidden=3, name='fc')
    return S.SoftmaxOutput(x, name='softmax')


mx.random.seed(5)
m = mx.mod.Module(net())
m.bind([('data', (4, 5))], [('softmax_label', (4,))])
m.init_params(mx.init.Xavier())
show('score acc', lambda: m.score(it(), 'acc'))
show('score list', lambda: m.score(it(), ['acc', 'ce', 'top_k_accuracy']))
show('score object', lambda: m.score(it(), mx.metric.CrossEntropy()))
show('score one batch', lambda: m.score(it(12), 'acc', num_batch=1))
show('score padded', lambda: m.score(it(6, last_batch_handle='pad'), 'acc'))
show('score smaller batches', lambda: (m.score(it(9, 3), 'acc'), m.data_shapes))
show('score unknown metric', lambda: m.score(it(), 'nope'))
show('score a list of batches', lambda: m.score([mx.io.DataBatch([X(4)], [Y(4)])], 'acc'))
exhausted = it()
list(exhausted)
show('score exhausted, no reset', lambda: m.score(exhausted, 'acc', reset=False))
seen = []
show('score callbacks', lambda: m.score(it(), 'acc', epoch=3,
                                        batch_end_callback=lambda p: seen.append((p.epoch, p.nbatch, p.eval_metric.get())),
                                        score_end_callback=lambda p: seen.append(('end', p.epoch, p.nbatch))))
print('  seen', shown(seen))
m.forward(mx.io.DataBatch([X(4)], [Y(4)]))      # back to a batch of 4
show('predict', lambda: m.predict(it()))
show('predict unmerged', lambda: m.predict(it(), merge_batches=False))
show('predict as a list', lambda: m.predict(it(), always_output_list=True))
show('predict two batches', lambda: m.predict(it(12), num_batch=2))
show('predict no batch', lambda: m.predict(it(12), num_batch=0))
show('predict padded', lambda: m.predict(it(6, last_batch_handle='pad')))
show('predict discarding', lambda: m.predict(it(6, last_batch_handle='discard')))
rolling = it(6, last_batch_handle='roll_over')
show('predict rolling over', lambda: (m.predict(rolling), m.predict(rolling)))
show('predict an array', lambda: m.predict(X(4)))
show('predict a numpy array', lambda: m.predict(X(4).asnumpy()))
show('predict a smaller array', lambda: m.predict(X(2)))
show('predict a list', lambda: m.predict([X(4)]))
show('predict None', lambda: m.predict(None))
show('iter_predict', lambda: [(out, i, batch.pad) for out, i, batch in m.iter_predict(it(6, last_batch_handle='pad'))])
show('iter_predict one batch', lambda: [i for _, i, _ in m.iter_predict(it(12), num_batch=1)])
data = S.var('data')
two = mx.mod.Module(S.Group([net(data), S.BlockGrad(S.FullyConnected(data, num_hidden=2, name='fc2'))]))
two.bind([('data', (4, 5))], [('softmax_label', (4,))])
two.init_params(mx.init.One())
show('predict two outputs', lambda: two.predict(it()))
show('predict two outputs unmerged', lambda: two.predict(it(), merge_batches=False))
show('score two outputs', lambda: two.score(it(), 'acc'))
unbound = mx.mod.Module(net())
show('predict unbound', lambda: unbound.predict(it()))
show('score unbound', lambda: unbound.score(it(), 'acc'))

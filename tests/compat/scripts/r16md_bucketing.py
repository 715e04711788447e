"""BucketingModule: buckets made on demand and sharing parameters, switch_bucket, forward by bucket_key, its
order-of-call asserts, load/load_dict, and a fit over BucketSentenceIter."""
import logging
import random
import sys
import warnings

import numpy as np
import mxnet as mx
from _words import words

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s', stream=sys.stdout)
logging.getLogger().handlers[0].addFilter(lambda r: 'Time cost' not in r.getMessage())
logging.getLogger().handlers[0].addFilter(lambda r: 'Train-perplexity' not in r.getMessage())   # float32 sums' last bits
S = mx.sym


def X(n, k=5):
    return mx.nd.array(np.arange(n * k).reshape(n, k) % 7 / 7.0)


def Y(n):
    return mx.nd.array(np.arange(n) % 3)


def shown(r):
    if isinstance(r, mx.nd.NDArray):
        return r.asnumpy().astype('float64').round(4).tolist()
    if isinstance(r, dict):
        return {k: shown(v) for k, v in sorted(r.items())}
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


def keyed(n, key=5):
    """A batch that names its bucket and shapes, as a bucketing iterator makes them."""
    return mx.io.DataBatch([X(n)], [Y(n)], bucket_key=key, provide_data=[mx.io.DataDesc('data', (n, 5))],
                           provide_label=[mx.io.DataDesc('softmax_label', (n,))])


def sym_gen(key):
    x = S.FullyConnected(S.var('data'), num_hidden=3, name='fc')
    return S.SoftmaxOutput(x, name='softmax'), ('data',), ('softmax_label',)


def bucketing(**kw):
    return mx.mod.BucketingModule(sym_gen, default_bucket_key=5, **kw)


def bound(**kw):
    m = bucketing(**kw)
    m.bind([('data', (4, 5))], [('softmax_label', (4,))])
    m.init_params(mx.init.One())
    return m


m = bucketing()
print('new', m.binded, m._default_bucket_key, m.data_names, m.output_names)
show('unbound symbol', lambda: m.symbol)
show('no default key', lambda: mx.mod.BucketingModule(sym_gen))
for what in ['data_shapes', 'label_shapes', 'output_shapes']:
    show('unbound ' + what, lambda: getattr(bucketing(), what))
for what, call in [('forward', lambda b: b.forward(mx.io.DataBatch([X(4)], [Y(4)]))), ('backward', lambda b: b.backward()),
                   ('update', lambda b: b.update()), ('get_outputs', lambda b: b.get_outputs()),
                   ('init_params', lambda b: b.init_params()), ('init_optimizer', lambda b: b.init_optimizer()),
                   ('get_params', lambda b: b.get_params()), ('switch_bucket', lambda b: b.switch_bucket(7, [('data', (4, 7))])),
                   ('install_monitor', lambda b: b.install_monitor(mx.mon.Monitor(1))),
                   ('save_checkpoint', lambda b: b.save_checkpoint('unused', 1)), ('score', lambda b: b.score(None, 'acc'))]:
    show('unbound ' + what, lambda: call(bucketing()))
m = bound()
print('bound', m.data_shapes, m.label_shapes, m.output_shapes, m._curr_bucket_key, sorted(m._buckets))
m.bind([('data', (4, 5))], [('softmax_label', (4,))])
show('inference needing grads', lambda: bucketing().bind([('data', (4, 5))], for_training=False, inputs_need_grad=True))
show('shared module', lambda: bucketing().bind([('data', (4, 5))], shared_module=m))
m.init_optimizer(optimizer_params={'learning_rate': 0.5})
m.switch_bucket(7, [('data', (2, 5))], [('softmax_label', (2,))])
print('switched', m._curr_bucket_key, sorted(m._buckets), m.data_shapes, m.output_shapes)
batch = mx.io.DataBatch([X(2)], [Y(2)], bucket_key=9, provide_data=[mx.io.DataDesc('data', (2, 5))],
                        provide_label=[mx.io.DataDesc('softmax_label', (2,))])
m.forward(batch)
m.backward()
m.update()
print('bucket 9', m._curr_bucket_key, sorted(m._buckets), shown(m.get_outputs()), shown(m.get_params()[0]))
show('no key', lambda: m.forward(mx.io.DataBatch([X(4)], [Y(4)])))
show('key without shapes', lambda: m.forward(mx.io.DataBatch([X(4)], [Y(4)], bucket_key=11)))
print('after', m._curr_bucket_key, sorted(m._buckets))
m.switch_bucket(5, None)
show('score batches without a key', lambda: m.score(mx.io.NDArrayIter(X(8), Y(8), 4), ['acc', 'ce']))
m.forward(keyed(4, 7))
show('outputs of bucket 7', lambda: (m._curr_bucket_key, m.get_outputs()))
show('set_params', lambda: (m.set_params({'fc_weight': mx.nd.zeros((3, 5)), 'fc_bias': mx.nd.ones(3)}, {}), m.get_params()[0])[1])
show('input grads not asked', lambda: m.get_input_grads())
grads = bucketing()
grads.bind([('data', (4, 5))], [('softmax_label', (4,))], inputs_need_grad=True)
grads.init_params(mx.init.One())
grads.forward(keyed(4))
grads.backward()
show('input grads', lambda: grads.get_input_grads())
fixed = bound(fixed_param_names=['fc_bias'])
fixed.init_optimizer()
fixed.forward(keyed(4))
fixed.backward()
fixed.update()
show('fixed bias', lambda: fixed.get_params()[0])
show('bad names from sym_gen', lambda: mx.mod.BucketingModule(lambda k: (sym_gen(k)[0], ('dat',), ('softmax_label',)),
                                                              default_bucket_key=5).bind([('data', (4, 5))]))
show('sym_gen returning a symbol', lambda: mx.mod.BucketingModule(lambda k: sym_gen(k)[0], default_bucket_key=5))
loaded = mx.mod.BucketingModule.load_dict({5: sym_gen(5)[0], 7: sym_gen(7)[0]}, sym_gen=sym_gen, default_bucket_key=5,
                                          arg_params={'fc_weight': mx.nd.ones((3, 5)), 'fc_bias': mx.nd.zeros(3)},
                                          aux_params={})
loaded.bind([('data', (4, 5))], [('softmax_label', (4,))])
show('load_dict', lambda: loaded.get_params())
show('load_dict without sym_gen', lambda: mx.mod.BucketingModule.load_dict({5: sym_gen(5)[0]}, default_bucket_key=5))
show('load without sym_gen', lambda: mx.mod.BucketingModule.load('unused', 1))

random.seed(0)
np.random.seed(0)
mx.random.seed(0)
sentences = [[1, 2, 3], [4, 5], [1, 2, 3, 4, 5, 6], [2, 3], [3, 4, 5], [1, 2, 3, 4, 5, 6]] * 2
data = mx.rnn.BucketSentenceIter(sentences, batch_size=2, buckets=[3, 6], invalid_label=0)


def language(key):
    x = S.Embedding(S.var('data'), input_dim=10, output_dim=4, name='emb')
    x = S.FullyConnected(x, num_hidden=10, flatten=False, name='fc')
    label = S.reshape(S.var('softmax_label'), shape=(-1,))
    return S.SoftmaxOutput(S.reshape(x, shape=(-1, 10)), label, name='softmax'), ('data',), ('softmax_label',)


lm = mx.mod.BucketingModule(language, default_bucket_key=data.default_bucket_key)
seen = []
lm.fit(data, num_epoch=2, eval_metric=mx.metric.Perplexity(0), initializer=mx.init.Xavier(),
       optimizer_params={'learning_rate': 0.5},
       batch_end_callback=lambda p: seen.append((p.epoch, p.nbatch, round(p.eval_metric.get()[1], 3))))
print('buckets', sorted(lm._buckets))
for s in seen:
    print('  ', s)
show('perplexity', lambda: round(lm.score(data, mx.metric.Perplexity(0))[0][1], 3))

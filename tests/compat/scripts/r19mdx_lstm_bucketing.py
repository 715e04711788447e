"""The LSTM bucketing example in small: BucketSentenceIter in both layouts, a BucketingModule over unrolled LSTM cells fitted with Speedometer logging, score, and a reloaded checkpoint."""
import logging
import re
import sys
import warnings

import numpy as np
import mxnet as mx
from _words import words


def rounded(text):
    """Numbers to 4 significant digits: their last bits follow the CPU's oneDNN kernels (AVX2 or AVX-512)."""
    return re.sub(r'-?\d+\.\d+(e-?\d+)?', lambda m: '%.4g' % float(m.group()), text)


class _Speedless(logging.Formatter):
    """Log lines without the timings (samples/sec vary run to run), numbers rounded."""

    def format(self, record):
        return rounded(re.sub(r'Speed: [0-9.einf]+', 'Speed: X', super().format(record)))


logging.basicConfig(level=logging.INFO, format='LOG %(levelname)s %(message)s', stream=sys.stdout)
logging.getLogger().handlers[0].addFilter(lambda r: 'Time cost' not in r.getMessage())
logging.getLogger().handlers[0].setFormatter(_Speedless('LOG %(levelname)s %(message)s'))
S = mx.sym


def shown(r, d=3):
    if isinstance(r, mx.nd.NDArray):
        return ('ND', r.dtype.__name__, r.shape, np.round(r.asnumpy().astype('float64'), d).tolist())
    if isinstance(r, np.ndarray):
        return ('NP', str(r.dtype), r.shape, np.round(r.astype('float64'), d).tolist())
    if isinstance(r, dict):
        return {k: shown(v, d) for k, v in sorted(r.items(), key=lambda kv: str(kv[0]))}
    if isinstance(r, (list, tuple)):
        return type(r).__name__, [shown(x, d) for x in r]
    return round(r, d) if isinstance(r, float) else r


def show(label, fn, d=3):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(label, '->', str(shown(fn(), d))[:600])
        except Exception as e:
            print(label, '->', words(e)[:400])
    for w in caught:
        if w.category is not ResourceWarning:
            print('  warning:', w.category.__name__, str(w.message)[:300])


def X(n, k=5):
    return mx.nd.array(np.arange(n * k).reshape(n, k) % 7 / 7.0)


def Y(n, c=3):
    return mx.nd.array(np.arange(n) % c)


def batch(n=4, k=5, **kw):
    return mx.io.DataBatch([X(n, k)], [Y(n)], **kw)


def it(n=8, b=4, k=5, **kw):
    return mx.io.NDArrayIter(X(n, k), Y(n), b, **kw)


def fcnet(hidden=3, name='fc'):
    return S.SoftmaxOutput(S.FullyConnected(S.var('data'), num_hidden=hidden, name=name), name='softmax')


def mod(sym=None, **kw):
    return mx.mod.Module(sym if sym is not None else fcnet(), **kw)


def bound(sym=None, shapes=(4, 5), label=True, init=True, opt=False, bkw=None, **kw):
    m = mod(sym, **kw)
    m.bind([('data', shapes)], [('softmax_label', (shapes[0],))] if label else None, **(bkw or {}))
    if init:
        m.init_params(mx.init.Constant(0.1))
    if opt:
        m.init_optimizer(optimizer_params={'learning_rate': 0.5})
    return m

import atexit
import os
import random
import shutil
import tempfile

HERE = tempfile.mkdtemp()
os.chdir(HERE)
atexit.register(shutil.rmtree, HERE, True)
random.seed(0); np.random.seed(0); mx.random.seed(0)
sentences = [[(i * 7 + j * 3) % 9 + 1 for j in range(3 + (i % 4))] for i in range(24)]
for layout in ['NT', 'TN']:
    data = mx.rnn.BucketSentenceIter(sentences, batch_size=4, buckets=[4, 6], invalid_label=0, layout=layout)
    print('iter', data.default_bucket_key, data.provide_data, data.provide_label, data.nddata[0].shape if hasattr(data, 'nddata') else None)
    stack = mx.rnn.SequentialRNNCell()
    stack.add(mx.rnn.LSTMCell(num_hidden=5, prefix='lstm_l0_'))
    def sym_gen(seq_len):
        d = S.Variable('data'); label = S.Variable('softmax_label')
        embed = S.Embedding(data=d, input_dim=10, output_dim=4, name='embed')
        stack.reset()
        outputs, states = stack.unroll(seq_len, inputs=embed, merge_outputs=True, layout=layout)
        pred = S.Reshape(outputs, shape=(-1, 5))
        pred = S.FullyConnected(data=pred, num_hidden=10, name='pred')
        label = S.Reshape(label, shape=(-1,))
        pred = S.SoftmaxOutput(data=pred, label=label, name='softmax')
        return pred, ('data',), ('softmax_label',)
    model = mx.mod.BucketingModule(sym_gen=sym_gen, default_bucket_key=data.default_bucket_key, context=mx.cpu())
    model.fit(train_data=data, eval_data=data, eval_metric=mx.metric.Perplexity(0), kvstore='device', optimizer='sgd',
              optimizer_params={'learning_rate': 0.1, 'momentum': 0.0, 'wd': 0.00001}, initializer=mx.init.Xavier(factor_type="in", magnitude=2.34),
              num_epoch=2, batch_end_callback=mx.callback.Speedometer(4, 2))
    show('buckets', lambda: sorted(model._buckets))
    show('params', lambda: sorted((k, v.shape) for k, v in model.get_params()[0].items()))
    show('score', lambda: model.score(data, mx.metric.Perplexity(0)), d=3)
    model.save_checkpoint('lstm' + layout, 2)
    m2 = mx.mod.BucketingModule.load('lstm' + layout, 2, sym_gen=sym_gen, default_bucket_key=data.default_bucket_key)
    m2.bind(data.provide_data, data.provide_label, for_training=False)
    show('reloaded score', lambda: m2.score(data, mx.metric.Perplexity(0)), d=3)

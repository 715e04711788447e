"""The LSTM bucketing example in small: BucketSentenceIter in both layouts, a BucketingModule over unrolled LSTM cells fitted with Speedometer logging, score, and a reloaded checkpoint."""
import functools
import logging
import re
import sys
import warnings

import numpy as np
import mxnet as mx
from _words import words
import _module_cases
from _module_cases import S, X, Y, batch, bound, fcnet, it, log_to_stdout, mod, rounded

log_to_stdout(round_numbers=True)
shown = functools.partial(_module_cases.shown, d=3, float_digits=None)
show = functools.partial(_module_cases.show, d=3, float_digits=None)

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

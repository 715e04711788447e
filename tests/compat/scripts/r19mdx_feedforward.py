"""mx.model.FeedForward: fit on numpy arrays and iterators (seeded shuffling), eval data forms, predict/score, save/load/create, arg_params given in part or with extras, and its refusals."""
import logging
import re
import sys
import warnings

import numpy as np
import mxnet as mx
from _words import words
from _module_cases import S, X, Y, batch, bound, fcnet, it, log_to_stdout, mod, show, shown

log_to_stdout()

import atexit
import os
import shutil
import tempfile

HERE = tempfile.mkdtemp()
os.chdir(HERE)
atexit.register(shutil.rmtree, HERE, True)
net = fcnet()
Xn = np.arange(40).reshape(8, 5) % 7 / 7.0
Yn = np.arange(8) % 3
show('ff new', lambda: (lambda f: sorted((k, str(v)[:40]) for k, v in vars(f).items() if k != 'initializer'))(mx.model.FeedForward(net)))
for kw in [dict(num_epoch=2, numpy_batch_size=4, initializer=mx.init.Constant(0.1), learning_rate=0.5),
           dict(num_epoch=1, numpy_batch_size=4, initializer=mx.init.Constant(0.1), optimizer='adam'),
           dict(num_epoch=1, numpy_batch_size=3, initializer=mx.init.Constant(0.1), ctx=[mx.cpu(0), mx.cpu(1)]),
           dict(num_epoch=2, numpy_batch_size=4, initializer=mx.init.Constant(0.1), begin_epoch=1),
           dict(numpy_batch_size=4, initializer=mx.init.Constant(0.1))]:
    def go(kw=kw):
        np.random.seed(1)
        f = mx.model.FeedForward(net, **kw)
        f.fit(Xn, Yn, eval_data=(Xn, Yn), eval_metric='acc')
        return f.arg_params, f.predict(Xn), f.score(Xn, Yn) if hasattr(f, 'score') else None
    show('ff fit %s' % sorted(kw), go)
f = mx.model.FeedForward(net, num_epoch=1, numpy_batch_size=4, initializer=mx.init.Constant(0.1))
show('ff predict unfit', lambda: f.predict(Xn))
f.fit(mx.io.NDArrayIter(Xn, Yn, 4))
show('ff predict iter', lambda: f.predict(mx.io.NDArrayIter(Xn, Yn, 3), num_batch=2))
show('ff predict return_data', lambda: f.predict(mx.io.NDArrayIter(Xn, Yn, 4), return_data=True))
show('ff score', lambda: f.score(mx.io.NDArrayIter(Xn, Yn, 4), 'ce'))
show('ff score ndarray', lambda: f.score(Xn, 'acc'))
show('ff save', lambda: (f.save('ffp'), sorted(os.listdir('.')))[1])
show('ff save epoch', lambda: (f.save('ffq', 7), sorted(os.listdir('.')))[1])
show('ff load', lambda: (lambda g: (g.arg_params, g.begin_epoch, g.num_epoch))(mx.model.FeedForward.load('ffp', 1)))
show('ff load kw', lambda: (lambda g: (g.begin_epoch, g.num_epoch, g.numpy_batch_size))(mx.model.FeedForward.load('ffq', 7, num_epoch=9, numpy_batch_size=2)))
np.random.seed(2)
show('ff create', lambda: mx.model.FeedForward.create(net, Xn, Yn, num_epoch=1, numpy_batch_size=4, initializer=mx.init.Constant(0.1)).arg_params)
show('ff fit bad y', lambda: mx.model.FeedForward(net, num_epoch=1).fit(Xn, Yn[:3]))
show('ff fit no y', lambda: mx.model.FeedForward(net, num_epoch=1).fit(Xn))
show('ff fit list', lambda: mx.model.FeedForward(net, num_epoch=1).fit([[1, 2]], [1]))
show('ff fit no epoch', lambda: mx.model.FeedForward(net).fit(Xn, Yn))
show('ff fit eval list', lambda: mx.model.FeedForward(net, num_epoch=1, numpy_batch_size=4).fit(Xn, Yn, eval_data=[Xn, Yn]))
show('ff fit eval bad', lambda: mx.model.FeedForward(net, num_epoch=1, numpy_batch_size=4).fit(Xn, Yn, eval_data=3))
show('ff bad ctx', lambda: mx.model.FeedForward(net, ctx=3).ctx)
show('ff repr', lambda: type(mx.model.FeedForward(net)).__name__)
show('ff arg_params given', lambda: mx.model.FeedForward(net, num_epoch=1, numpy_batch_size=4, arg_params={'fc_weight': mx.nd.ones((3, 5)), 'fc_bias': mx.nd.zeros(3)}).predict(Xn))
show('ff arg_params partial', lambda: mx.model.FeedForward(net, num_epoch=1, numpy_batch_size=4, arg_params={'fc_weight': mx.nd.ones((3, 5))}).predict(Xn))
show('ff allow_extra', lambda: mx.model.FeedForward(net, num_epoch=1, numpy_batch_size=4, arg_params={'fc_weight': mx.nd.ones((3, 5)), 'fc_bias': mx.nd.zeros(3), 'zz': mx.nd.ones(1)}).predict(Xn))
show('ff allow_extra ok', lambda: mx.model.FeedForward(net, num_epoch=1, numpy_batch_size=4, allow_extra_params=True, arg_params={'fc_weight': mx.nd.ones((3, 5)), 'fc_bias': mx.nd.zeros(3), 'zz': mx.nd.ones(1)}).predict(Xn))

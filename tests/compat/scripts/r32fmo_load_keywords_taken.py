"""Module.load and FeedForward.load given a keyword they pass themselves fail with Python's multiple-values TypeError naming MXNet's class; other keywords reach the constructor."""
# recorded on AVX2
import os
import tempfile

import mxnet as mx

os.chdir(tempfile.mkdtemp())
sym = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=3, name='fc'), name='softmax')
mx.model.save_checkpoint('ck', 1, sym, {'fc_weight': mx.nd.ones((3, 4)), 'fc_bias': mx.nd.zeros(3)}, {})

for kwargs in [dict(symbol=sym), dict(data_names=('data',)), dict(bogus=1), dict(load_optimizer_states=False, symbol=None)]:
    try:
        mod = mx.mod.Module.load('ck', 1, **kwargs)
        print('Module.load', sorted(kwargs), mod.data_names, mod.output_names)
    except TypeError as e:
        print('Module.load', sorted(kwargs), 'TypeError', e)

for kwargs in [dict(arg_params={}), dict(aux_params={}), dict(begin_epoch=3), dict(symbol=sym), dict(num_epoch=2),
               dict(ctx=mx.cpu(), begin_epoch=0)]:
    try:
        ff = mx.model.FeedForward.load('ck', 1, **kwargs)
        print('FeedForward.load', sorted(kwargs), ff.begin_epoch, ff.num_epoch, sorted(ff.arg_params))
    except TypeError as e:
        print('FeedForward.load', sorted(kwargs), 'TypeError', e)

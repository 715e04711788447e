"""Module.init_params and set_params: initializers by sorted name, given dicts with missing or extra entries, force_init."""
import warnings

import numpy as np
import mxnet as mx
from _words import words

S = mx.sym


def net():
    x = S.FullyConnected(S.var('data'), num_hidden=4, name='fc')
    return S.SoftmaxOutput(S.BatchNorm(x, name='bn'), name='softmax')


def rounded(params):
    return {k: v.asnumpy().astype('float64').round(4).tolist() for k, v in sorted(params.items())}


def show(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            r = fn()
            print(label, '->', (rounded(r[0]), rounded(r[1])) if isinstance(r, tuple) else r)
        except Exception as e:
            print(label, '->', words(e)[:200])
    for w in caught:
        if w.category is UserWarning:
            print('  warning:', str(w.message)[:160])


def bound():
    mx.random.seed(3)
    m = mx.mod.Module(net())
    m.bind([('data', (4, 5))], [('softmax_label', (4,))])
    return m


def initialised(init, **kw):
    m = bound()
    m.init_params(init, **kw)
    return m.get_params()


for name, init in [('default', mx.init.Uniform(0.01)), ('uniform', mx.init.Uniform(0.5)), ('normal', mx.init.Normal(0.3)),
                   ('xavier', mx.init.Xavier()), ('xavier gaussian in', mx.init.Xavier('gaussian', 'in', 2)),
                   ('msra', mx.init.MSRAPrelu()), ('constant', mx.init.Constant(0.25)),
                   ('mixed', mx.init.Mixed(['bias', '.*'], [mx.init.Zero(), mx.init.Uniform(0.1)])),
                   ('mixed without a match', mx.init.Mixed(['zzz'], [mx.init.One()])), ('a string', 'xavier')]:
    show(name, lambda: initialised(init))
W, B = mx.nd.ones((4, 5)), mx.nd.array([1, 2, 3, 4])
full = {'fc_weight': W, 'fc_bias': B, 'bn_gamma': mx.nd.ones(4) * 2, 'bn_beta': mx.nd.zeros(4)}
aux = {'bn_moving_mean': mx.nd.ones(4) * 3, 'bn_moving_var': mx.nd.ones(4) * 5}
show('given all', lambda: initialised(None, arg_params=full, aux_params=aux))
show('missing an arg', lambda: initialised(None, arg_params={'fc_weight': W}, aux_params=aux))
show('missing an aux', lambda: initialised(None, arg_params=full, aux_params={}))
show('missing allowed', lambda: initialised(mx.init.Constant(7), arg_params={'fc_weight': W}, allow_missing=True))
show('missing allowed, no initializer', lambda: initialised(None, arg_params={'fc_weight': W}, allow_missing=True))
show('extra refused', lambda: initialised(None, arg_params=dict(full, zz=B), aux_params=aux))
show('extra allowed', lambda: initialised(None, arg_params=dict(full, zz=B), aux_params=aux, allow_extra=True))
show('wrong shape', lambda: initialised(None, arg_params=dict(full, fc_weight=mx.nd.ones((4, 4))), aux_params=aux))
show('other dtypes', lambda: initialised(None, arg_params=dict(full, fc_bias=mx.nd.ones(4, dtype='int32')), aux_params=aux))
show('numpy values', lambda: initialised(None, arg_params={k: v.asnumpy() for k, v in full.items()}, aux_params=aux))


def twice(**kw):
    m = bound()
    m.init_params(mx.init.Zero())
    m.init_params(mx.init.One(), **kw)
    return m.get_params()


show('init twice', twice)
show('init twice forced', lambda: twice(force_init=True))


def set_after(args, auxs, **kw):
    m = bound()
    m.init_params(mx.init.Zero())
    m.set_params(args, auxs, **kw)
    return m.get_params()


show('set all', lambda: set_after(full, aux))
show('set missing', lambda: set_after({'fc_weight': W}, aux))
show('set missing allowed', lambda: set_after({'fc_weight': W}, {}, allow_missing=True))
show('set extra', lambda: set_after(dict(full, zz=B), aux))
show('set extra allowed', lambda: set_after(dict(full, zz=B), aux, allow_extra=True))
show('set not forced', lambda: set_after(full, aux, force_init=False))
show('set aux None', lambda: set_after(full, None))


def seen_by_initializer():
    seen = []

    def record(desc, arr):
        seen.append((str(desc), sorted(desc.attrs.items()), arr.shape))
        arr[:] = len(seen)
    m = bound()
    m.init_params(record)
    return seen


show('descriptions', seen_by_initializer)
w = S.var('fc_weight', init=mx.init.Constant(3), lr_mult=2.0)
attr_net = S.SoftmaxOutput(S.FullyConnected(S.var('data'), weight=w, num_hidden=2, name='fc'), name='softmax')
m = mx.mod.Module(attr_net)
m.bind([('data', (4, 5))], [('softmax_label', (4,))])
show('variable init attribute', lambda: (m.init_params(mx.init.Zero()), m.get_params())[1])
m.init_optimizer()
print('lr_mult', sorted(m._optimizer.lr_mult.items()))

"""What a failed Gluon call leaves behind: parameters initialized or loaded before the failure, the random stream afterwards, summary hooks removed, no file written."""
import os
import tempfile

import mxnet as mx
import numpy as np
from mxnet import gluon, nd


def t(name, f):
    try:
        r = f()
        if isinstance(r, nd.NDArray):
            r = (r.shape, r.dtype.__name__, np.array2string(r.asnumpy().ravel()[:3], precision=6))
        print(name, r)
    except Exception as e:
        print(name, type(e).__name__, ':', str(e).split('\n')[0][:200])
    print(name, 'next draw', nd.random.uniform(shape=(1,)).asscalar())


mx.random.seed(3)
tmp = tempfile.mkdtemp()

# a Sequential whose second layer refuses the first one's output: imperative runs initialize the first
for hyb in (False, True):
    for cls in (gluon.nn.HybridSequential, gluon.nn.Sequential):
        if hyb and cls is gluon.nn.Sequential:
            continue
        net = cls()
        with net.name_scope():
            net.add(gluon.nn.Dense(4), gluon.nn.Dense(3, in_units=5))
        net.initialize()
        if hyb:
            net.hybridize()
        t('%s hybrid=%d mismatch' % (cls.__name__, hyb), lambda: net(nd.ones((2, 6))))
        t(' first weight', lambda: net[0].weight.data())

# an initializer refusing one parameter of a dict: those before it are initialized
pd = gluon.ParameterDict('p_')
pd.get('a', shape=(2, 3))
pd.get('b', shape=(3,))
pd.get('c', shape=(3, 3))
t('init_fails_midway', lambda: pd.initialize(mx.init.Xavier()))
t(' a', lambda: pd['p_a'].data())
t(' c', lambda: pd['p_c'].data())
t(' init_again', lambda: pd.initialize(mx.init.Uniform()))
t(' b', lambda: pd['p_b'].data())


def two_dense():
    net = gluon.nn.HybridSequential(prefix='m_')
    with net.name_scope():
        net.add(gluon.nn.Dense(3, in_units=2), gluon.nn.Dense(2, in_units=3))
    return net


# loads stop at the first refused parameter: those before it keep the file's values
nd.save(os.path.join(tmp, 'bad.params'), {'0.weight': nd.ones((3, 2)), '0.bias': nd.ones(3),
                                          '1.weight': nd.ones((2, 4)), '1.bias': nd.ones(2)})
nd.save(os.path.join(tmp, 'bad16.params'), {'0.weight': nd.ones((3, 2)), '0.bias': nd.ones(3, dtype='float16'),
                                            '1.weight': nd.ones((2, 3)), '1.bias': nd.ones(2)})
nd.save(os.path.join(tmp, 'dict.params'), {'m_dense0_weight': nd.ones((3, 2)), 'm_dense0_bias': nd.ones(3),
                                           'm_dense1_weight': nd.ones((2, 5)), 'm_dense1_bias': nd.ones(2)})
for fname, initialized in (('bad.params', True), ('bad.params', False), ('bad16.params', True)):
    net = two_dense()
    if initialized:
        net.initialize(mx.init.Zero())
    t('load %s initialized=%d' % (fname, initialized), lambda: net.load_parameters(os.path.join(tmp, fname)))
    for key, p in net._collect_params_with_prefix().items():
        t(' ' + key, lambda: p.data())
for initialized in (True, False):
    net = two_dense()
    if initialized:
        net.initialize(mx.init.Zero())
    t('dict load initialized=%d' % initialized, lambda: net.collect_params().load(os.path.join(tmp, 'dict.params')))
    for key, p in net.collect_params().items():
        t(' ' + key, lambda: p.data())

# a failed summary removes its hooks; failed saves and exports write nothing
net = gluon.nn.HybridSequential()
with net.name_scope():
    net.add(gluon.nn.Dense(4), gluon.nn.Dense(3, in_units=5))
net.initialize()
t('summary_fails', lambda: net.summary(nd.ones((2, 6))))
t(' hooks', lambda: [(len(b._forward_hooks), len(b._forward_pre_hooks)) for b in (net, net[0], net[1])])
net = gluon.nn.HybridSequential()
with net.name_scope():
    net.add(gluon.nn.Dense(2, in_units=2), gluon.nn.Dense(2))
net.initialize()
t('save_deferred', lambda: net.save_parameters(os.path.join(tmp, 'y.params')))
t('export_unhybridized', lambda: net.export(os.path.join(tmp, 'z')))
t(' files', lambda: sorted(f for f in os.listdir(tmp) if not f.startswith(('bad', 'dict'))))

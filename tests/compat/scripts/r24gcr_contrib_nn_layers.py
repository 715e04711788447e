"""gluon.contrib.nn layers: SyncBatchNorm options (outputs, gradients, running statistics), SparseEmbedding
gradients' storage, Concurrent/HybridConcurrent (export), PixelShuffle factors and their refusals, Identity."""
# recorded on AVX2
import mxnet as mx, numpy as np
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn
from mxnet.gluon.contrib import nn as cnn
from _words import words
import tempfile
_dir = tempfile.mkdtemp()
def T(label, f):
    try:
        r = f()
        print(label, '->', str(r).replace('\n', ' | '))
    except Exception as e:
        print(label, '!!', words(e).replace('\n', ' | ')[:300])
R = lambda *s: nd.array(np.random.RandomState(sum(s)).uniform(-1, 1, s))
for kw in [dict(), dict(momentum=0.5, epsilon=1e-3), dict(center=False, scale=False), dict(use_global_stats=True),
           dict(in_channels=3, beta_initializer='ones', gamma_initializer='zeros'), dict(num_devices=1, key='k')]:
    def sb(kw=kw):
        kw = dict(kw)
        b = cnn.SyncBatchNorm(num_devices=kw.pop('num_devices', 1), **kw)
        b.initialize()
        x = R(2, 3, 4); x.attach_grad()
        with autograd.record():
            y = b(x)
        (y * R(2, 3, 4)).sum().backward()
        return repr(b), y.sum(axis=(0, 2)), x.grad.sum(axis=(0, 2)), b.running_mean.data(), b.running_var.data(), \
            [(k, v.grad_req) for k, v in b.collect_params().items()]
    T(f'syncbn {kw}', sb)
def sbh():
    b = cnn.SyncBatchNorm(num_devices=1); b.initialize(); b.hybridize()
    y = b(R(2, 3, 4)); return y.sum(), b(mx.sym.var('data')).list_arguments()
T('syncbn hyb', sbh)
T('syncbn 2d', lambda: (lambda b: (b.initialize(), b(R(2, 3)))[1])(cnn.SyncBatchNorm(num_devices=1)))
for kw in [dict(), dict(dtype='float64'), dict(weight_initializer='ones'), dict(sparse_grad=False) ]:
    def se(kw=kw):
        e = cnn.SparseEmbedding(6, 2, **kw); e.initialize()
        x = nd.array([[1, 5], [5, 0]])
        with autograd.record():
            y = e(x)
        y.backward()
        g = e.weight.grad()
        return repr(e), y.dtype, y.shape, g.stype, g.tostype('default').sum(axis=1)
    T(f'sparseemb {kw}', se)
def seh():
    e = cnn.SparseEmbedding(4, 2)
    e.initialize()
    e.hybridize()
    return e(nd.array([1, 2])).shape


T('sparseemb hybridize', seh)
T('sparseemb trainer', lambda: gluon.Trainer(cnn.SparseEmbedding(4, 2).collect_params(), 'sgd')._contains_sparse_weight)
T('concurrent empty', lambda: cnn.Concurrent()(R(2, 2)))
T('hconcurrent empty', lambda: cnn.HybridConcurrent()(R(2, 2)))
T('concurrent repr empty', lambda: repr(cnn.HybridConcurrent(axis=2)))
def hc():
    b = cnn.HybridConcurrent(axis=1, prefix='hc_')
    with b.name_scope():
        b.add(nn.Dense(2)); b.add(nn.Dense(3)); b.add(cnn.Identity())
    b.initialize(mx.init.Constant(0.3)); b.hybridize()
    y = b(R(2, 4))
    b.export(_dir + '/hc')
    import json
    nodes = json.load(open(_dir + '/hc-symbol.json'))['nodes']
    return y, [n['op'] + ':' + n['name'] for n in nodes], list(b.collect_params().keys())
T('hc export', hc)
T('concurrent nonblock add', lambda: cnn.Concurrent().add(3))
def mismatch():
    b = cnn.Concurrent(axis=0)
    b.add(nn.Dense(2, in_units=2))
    b.add(nn.Dense(3, in_units=2))
    b.initialize()
    return b(R(2, 2))


T('concurrent mismatch', mismatch)
for f in [-1, 1.5, (2, 2), 'a', (1, 2), (2, 2, 2)]:
    T(f'ps1d {f}', lambda: cnn.PixelShuffle1D(f)(nd.ones((1, 4, 3))).shape)
    T(f'ps2d {f}', lambda: cnn.PixelShuffle2D(f)(nd.ones((1, 8, 3, 3))).shape)
    T(f'ps3d {f}', lambda: cnn.PixelShuffle3D(f)(nd.ones((1, 8, 1, 1, 1))).shape)
T('ps2d repr', lambda: repr(cnn.PixelShuffle2D((2, 3))))
T('ps3d repr', lambda: repr(cnn.PixelShuffle3D(2)))
T('ps1d repr', lambda: repr(cnn.PixelShuffle1D(3)))
T('ps2d sym', lambda: cnn.PixelShuffle2D(2)(mx.sym.var('x')).infer_shape(x=(1, 8, 2, 2))[1])
T('identity sym', lambda: cnn.Identity()(mx.sym.var('x')).list_outputs())

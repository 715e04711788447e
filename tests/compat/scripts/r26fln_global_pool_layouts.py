# Global pooling of data whose rank differs from the layout's (given, or the one of the kernel's rank): the
# shape as inferred (channels last for a channel-last layout), oneDNN's refusals (float32 max/avg, a kernel
# given) or MXNet's own kernel's "Unsupported layout"; the Global*Pool layers on data of another rank; a kernel
# of 4 axes with and without a layout; the 1-D window check over NWC data.
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn
from _words import words


def attempt(make, x):
    x.attach_grad()
    shown = ''
    try:
        with autograd.record():
            y = make(x)
        shown = '%s' % (y.shape,)
        shown += ' %s' % y.asnumpy().ravel()[:2]
        y.backward()
        return shown + ' grad %s' % x.grad.asnumpy().ravel()[:2]
    except mx.MXNetError as e:
        return shown + ' ' + words(e)


for layout in (None, 'NCW', 'NWC', 'NCHW', 'NHWC', 'NCDHW', 'NDHWC'):
    for k in (None, 1, 2, 3):
        for rank in (3, 4, 5):
            for pool_type in ('max', 'avg', 'sum'):
                for dtype in ('float32', 'float64'):
                    shape = (1, 2, 3, 2, 2)[:rank]
                    kw = dict(pool_type=pool_type, global_pool=True)
                    if k:
                        kw['kernel'] = (1,) * k
                    if layout:
                        kw['layout'] = layout
                    x = nd.array(np.arange(np.prod(shape)).reshape(shape), dtype=dtype)
                    print(layout, k, rank, pool_type, dtype, attempt(lambda v: nd.Pooling(v, **kw), x))

for dim in (1, 2, 3):
    for kind in ('Max', 'Avg'):
        for layout in ('first', 'last'):
            cls = getattr(nn, 'Global%sPool%dD' % (kind, dim))
            for rank in (3, 4, 5):
                for dtype in ('float32', 'float64'):
                    layer = cls(layout=('NCW', 'NCHW', 'NCDHW')[dim - 1]) if layout == 'first' else \
                        cls(layout=('NWC', 'NHWC', 'NDHWC')[dim - 1])
                    x = nd.array(np.arange(2 * 3 ** (rank - 1)).reshape((2,) + (3,) * (rank - 1)), dtype=dtype)
                    print(cls.__name__, layout, rank, dtype, attempt(layer, x))

for kw in (dict(kernel=(1, 1, 1, 1)), dict(kernel=(1, 1, 1, 1), layout='NCHW'), dict(kernel=(1, 1, 1, 1), layout='NCW')):
    for glob in (False, True):
        print(kw, glob, attempt(lambda v: nd.Pooling(v, global_pool=glob, **kw), nd.ones((1, 2, 3, 3))))
        try:
            print('  graph', mx.sym.Pooling(mx.sym.var('x'), global_pool=glob, **kw).infer_shape(x=(1, 2, 3, 3))[1])
        except mx.MXNetError as e:
            print('  graph', words(e))

for shape, k, pad in [((2, 2, 3), 3, 0), ((1, 2, 1), 3, 0), ((1, 2, 7), 5, 1), ((1, 5, 2, 7), 3, 0), ((1, 2, 5, 5, 1), 3, 0)]:
    layout = ('NWC', 'NHWC', 'NDHWC')[len(shape) - 3]
    for convention in ('valid', 'full'):
        try:
            nd.Pooling(nd.ones(shape), kernel=(k,) * (len(shape) - 2), pad=(pad,) * (len(shape) - 2), layout=layout,
                       pooling_convention=convention)
        except mx.MXNetError as e:
            print(shape, k, pad, convention, words(e))

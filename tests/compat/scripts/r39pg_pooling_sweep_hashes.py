"""Pooling of 1-D, 2-D and 3-D data over every type, convention, window, stride, pad and count_include_pad: each
output shape and md5 of its values and of its gradient (1-D/3-D 'same' refusals included)."""
# recorded on AVX2
import hashlib
import itertools

import numpy as np
import mxnet as mx
from mxnet import nd, autograd

rng = np.random.RandomState(29)


def show(label, f):
    try:
        print(label, f())
    except mx.base.MXNetError as e:
        print(label, 'MXNetError', str(e).split('Stack trace')[0].strip().splitlines()[-1])


def H(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:10]


x1 = nd.array(rng.normal(size=(2, 3, 9)).astype('float32'))
x2 = nd.array(rng.normal(size=(2, 3, 7, 6)).astype('float32'))
x3 = nd.array(rng.normal(size=(1, 2, 5, 4, 6)).astype('float32'))
for x in (x1, x2, x3):
    n = x.ndim - 2
    for pt, conv, k, s, p, cip in itertools.product(['max', 'avg', 'sum', 'lp'], ['valid', 'full', 'same'], [2, 3],
                                                    [1, 2], [0, 1], [True, False]):
        if (conv == 'same' and p) or (pt != 'avg' and not cip):
            continue
        kw = dict(kernel=(k,) * n, stride=(s,) * n, pad=(p,) * n, pool_type=pt, pooling_convention=conv)
        if pt == 'avg':
            kw['count_include_pad'] = cip
        if pt == 'lp':
            kw['p_value'] = 2

        def run():
            xx = x.copy()
            xx.attach_grad()
            with autograd.record():
                y = nd.Pooling(xx, **kw)
            y.backward(nd.ones_like(y) * 0.5)
            return y.shape, H(y), H(xx.grad)
        show('%dd %s %s k%d s%d p%d %s' % (n, pt, conv, k, s, p, cip), run)
    show('%dd global' % n, lambda: H(nd.Pooling(x, global_pool=True, pool_type='avg', kernel=(1,) * n)))

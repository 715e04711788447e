"""nd.moments over given, negative, repeated and out-of-range axes with keepdims, on empty arrays and several dtypes, and its gradient."""
import mxnet as mx
import numpy as np
def last(e):
    return ' | '.join(l.strip() for l in str(e).strip().splitlines()[-2:])[:220]
x = mx.nd.array(np.arange(24, dtype='float32').reshape(2, 3, 4) / 7)
for axes in [None, (), (0,), (1, 2), (-1,), (0, 1, 2), (3,), (-4,), (0, 0)]:
    for keepdims in [None, False, True]:
        kw = {}
        if axes is not None: kw['axes'] = axes
        if keepdims is not None: kw['keepdims'] = keepdims
        try:
            m, v = mx.nd.moments(x, **kw)
            print(axes, keepdims, m.shape, v.shape, m.asnumpy().ravel()[:4].tolist(), v.asnumpy().ravel()[:4].tolist())
        except Exception as e:
            print(axes, keepdims, type(e).__name__, last(e))
for shape in [(0,), (2, 0), ()]:
    for axes in [(0,), None]:
        try:
            kw = {} if axes is None else {'axes': axes}
            m, v = mx.nd.moments(mx.nd.zeros(shape), **kw)
            print(shape, axes, m.shape, v.shape, m.asnumpy().tolist(), v.asnumpy().tolist())
        except Exception as e:
            print(shape, axes, type(e).__name__, last(e))
for dt in ['float16', 'float64', 'int32', 'bool']:
    try:
        m, v = mx.nd.moments(mx.nd.array([[1, 2], [3, 5]], dtype=dt), axes=(0,))
        print(dt, m.dtype, v.dtype, m.asnumpy().tolist(), v.asnumpy().tolist())
    except Exception as e:
        print(dt, type(e).__name__, last(e))
from mxnet import autograd
x.attach_grad()
for axes in [(0,), (1, 2)]:
    with autograd.record():
        m, v = mx.nd.moments(x, axes=axes, keepdims=True)
        y = (m * 2 + v * 3).sum()
    y.backward()
    print('grad', axes, x.grad.asnumpy().ravel()[:6].round(6).tolist())

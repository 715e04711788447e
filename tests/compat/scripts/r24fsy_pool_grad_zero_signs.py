"""Max pooling's gradient is added into a zeroed buffer: a -0 output gradient lands as +0, every layout and
window (tiling or overlapping, global), for the symbol executor and autograd alike."""
# recorded on AVX2
import numpy as np

import mxnet as mx

S = mx.sym
x = S.Variable('data')
CASES = [((1, 2, 4, 4), dict(kernel=(2, 2), stride=(2, 2))), ((1, 2, 4, 4), dict(kernel=(2, 2), stride=(1, 1))),
         ((1, 2, 4, 4), dict(kernel=(3, 3), stride=(1, 1), pad=(1, 1))),
         ((2, 3, 6, 6), dict(kernel=(3, 3), stride=(3, 3))),
         ((1, 2, 4, 4), dict(kernel=(1, 1), global_pool=True)), ((2, 8, 4, 4), dict(kernel=(2, 2), stride=(2, 2))),
         ((1, 2, 6), dict(kernel=(2,), stride=(2,))), ((1, 2, 6), dict(kernel=(3,), global_pool=True)),
         ((1, 1, 2, 4, 4), dict(kernel=(1, 2, 2), stride=(1, 2, 2))),
         ((1, 2, 4, 5), dict(kernel=(2, 2), stride=(2, 2), pooling_convention='full'))]
for shape, kw in CASES:
    for pool_type in ['max', 'avg', 'sum']:
        values = np.arange(np.prod(shape), dtype='float32').reshape(shape) * np.where(np.arange(np.prod(shape)) % 3,
                                                                                      1, -1).reshape(shape)
        y = S.Pooling(x, pool_type=pool_type, **kw)
        ex = y.simple_bind(mx.cpu(), data=shape)
        ex.arg_dict['data'][:] = values
        out = ex.forward(is_train=True)[0]
        head = np.full(out.shape, -0.0, dtype='float32')
        head.ravel()[::2] = -1.5
        ex.backward(mx.nd.array(head))
        g = ex.grad_dict['data'].asnumpy()
        v = mx.nd.array(values)
        v.attach_grad()
        with mx.autograd.record():
            o = mx.nd.Pooling(v, pool_type=pool_type, **kw)
        o.backward(mx.nd.array(head))
        print(shape, sorted(kw.items()), pool_type, 'negative zeros', int((np.signbit(g) & (g == 0)).sum()),
              int((np.signbit(v.grad.asnumpy()) & (v.grad.asnumpy() == 0)).sum()), 'sum', float(g.sum()))

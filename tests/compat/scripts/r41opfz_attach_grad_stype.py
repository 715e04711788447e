"""attach_grad with and without a storage type on 0-d, empty, 1-D and 2-D arrays of several dtypes: the buffer made (zeros_like, or float32 zeros of that storage) and its refusals; nd.zeros/sparse.zeros of such shapes."""
import mxnet as mx
import numpy as np


def first(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    return '%s: %s' % (type(e).__name__, ' / '.join(l for l in lines if 'MXNetError' in l or 'File' in l or ':' in l)[-150:])


for shape in [(), (0,), (2, 0), (3,), (2, 3)]:
    for dt in ['float32', 'float16', 'int32']:
        for st in [None, 'default', 'csr', 'row_sparse']:
            x = mx.nd.array(np.ones(shape), dtype=dt)
            try:
                x.attach_grad(stype=st)
                print(shape, dt, st, 'grad', x.grad.shape, x.grad.stype, x.grad.dtype.__name__)
            except Exception as e:
                print(shape, dt, st, first(e))
                continue
            try:
                with mx.autograd.record():
                    y = x * 2
                y.backward()
                print('   backward', x.grad.stype, x.grad.asnumpy().ravel())
            except Exception as e:
                print('   backward', first(e))
for shape in [(), (0,), (2, 0), (3,)]:
    for st in ['default', 'csr', 'row_sparse']:
        for make in [lambda: mx.nd.zeros(shape, stype=st), lambda: mx.nd.sparse.zeros(st, shape, dtype='float16')]:
            try:
                z = make()
                print(shape, st, 'zeros', z.shape, z.stype, z.dtype.__name__)
            except Exception as e:
                print(shape, st, first(e))

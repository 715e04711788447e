"""Pooling with a negative kernel: the shapes infer; oneDNN's kernel refuses the window when the result is read, MXNet's own gives empty windows (values and gradients), as MXNet does."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import nd, autograd


def show(tag, f):
    try:
        print(tag, 'ok', f())
    except Exception as e:
        print(tag, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).replace('\n', ' | '))


for shape, k in (((1, 1, 4, 4), (-1, 2)), ((1, 1, 4, 4), (2, -2)), ((1, 1, 4, 4), (-1, -1)), ((1, 1, 5), (-1,)),
                 ((1, 1, 3, 3, 3), (1, -1, 1)), ((1, 1, 3, 3, 3), (1, 1, -2))):
    for pt in ('max', 'avg', 'sum'):
        for dt in ('float32', 'float16', 'float64'):
            for conv in ('valid', 'full'):
                d = nd.arange(int(nd.prod(nd.array(shape)).asscalar()), dtype=dt).reshape(shape).copy()
                tag = f'{shape} {k} {pt} {dt} {conv}'
                show(tag, lambda: nd.Pooling(d, kernel=k, pool_type=pt, pooling_convention=conv).shape)
                show(tag + ' read', lambda: nd.Pooling(d, kernel=k, pool_type=pt,
                                                       pooling_convention=conv).asnumpy().ravel()[:4].tolist())
        show(f'sym {shape} {k} {pt}', lambda: mx.sym.Pooling(mx.sym.var('d'), kernel=k, pool_type=pt)
             .infer_shape(d=shape))
for dt in ('float32', 'float16', 'float64'):
    for pt in ('max', 'avg', 'sum'):
        d = nd.arange(16, dtype=dt).reshape((1, 1, 4, 4)).copy()
        d.attach_grad()
        with autograd.record():
            y = nd.Pooling(d, kernel=(-1, 2), pool_type=pt)
        show(f'grad {dt} {pt}', lambda: (y.backward(), d.grad.asnumpy().ravel().tolist())[1])

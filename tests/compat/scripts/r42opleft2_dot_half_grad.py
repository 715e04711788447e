"""float16 nd.dot under autograd: the forward fails on CPU; the backward of two vectors still computes both gradients, a gemm's fails and leaves both buffers as they were."""
import mxnet as mx
from mxnet import autograd


def show(tag, fn):
    try:
        print(tag, 'ok', fn())
    except Exception as e:
        print(tag, type(e).__name__, str(e).strip().splitlines()[-1][:120])


def make(shape, start, req, preset):
    x = mx.nd.arange(start, start + int(mx.nd.zeros(shape).size)).reshape(shape).astype('float16')
    x.attach_grad(grad_req=req)
    if preset:
        x.grad[:] = 7
    return x


shapes = {'1x1': ((3,), (3,), {}), '2x1': ((2, 3), (3,), {}), '1x2': ((3,), (3, 2), {}),
          '2x2': ((2, 3), (3, 2), {}), '2x2 tA': ((3, 2), (3, 2), {'transpose_a': True})}
for name, (sa, sb, kw) in shapes.items():
    for req in ['write', 'add']:
        for preset in [False, True]:
            for first in ['a', 'b']:
                for inner in [False, True]:
                    if preset and inner:
                        continue
                    a, b = make(sa, 1, req, preset), make(sb, 2, req, preset)
                    with autograd.record():
                        y = mx.nd.dot(a * 1 if inner else a, b, **kw)
                    y.backward(mx.nd.ones(y.shape, dtype='float16') * 2)
                    tag = (name, req, preset, first, inner)
                    order = (a, b) if first == 'a' else (b, a)
                    show(tag + ('g1',), lambda: order[0].grad.asnumpy().tolist())
                    show(tag + ('g2',), lambda: order[1].grad.asnumpy().tolist())
                    show(tag + ('y',), lambda: y.asnumpy().tolist())
                    show(tag + ('waitall',), mx.nd.waitall)

a, b = make((3,), 1, 'write', False), make((3,), 2, 'write', False)
with autograd.record():
    y = mx.nd.dot(a, b)
show('grad() 1x1', lambda: [g.asnumpy().tolist() for g in autograd.grad(y, [a, b])])
show('waitall', mx.nd.waitall)
a, b = make((2, 3), 1, 'write', False), make((3,), 2, 'write', False)
with autograd.record():
    y = mx.nd.dot(a, b)
show('grad() 2x1', lambda: [g.asnumpy().tolist() for g in autograd.grad(y, [a, b])])
show('waitall', mx.nd.waitall)

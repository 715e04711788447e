"""The gradient of an empty basic selection (legacy shapes read its empty size as unknown): backward returns, the gradient buffer keeps its data and raises the unknown-size error when first read, under write and add requests, for heads given as arrays."""
import mxnet as mx
import numpy as np

nd = mx.nd


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    for l in lines:
        if l.startswith('MXNetError:') or 'Check failed' in l:
            return l[:160]
    return lines[-1][:160] if lines else ''


def read(tag, a):
    try:
        print('  ', tag, a.asnumpy().ravel()[:4].tolist())
    except Exception as e:
        print('  ', tag, type(e).__name__, first_line(e))


keys = [(slice(-1, -1, 2),), (slice(5, None, 3), -1), (slice(-2, None, -1), 1), (slice(2, 1),), (slice(3, None),)]
for key in keys:
    for req in ['write', 'add']:
        for chained in [False]:
            x = nd.array(np.arange(24).reshape(3, 4, 2))
            x.attach_grad(grad_req=req)
            x.grad[:] = 0.5
            with mx.autograd.record():
                y = (x * 2)[key] if chained else x[key]
            print(key, req, 'chained' if chained else 'direct', y.shape)
            try:
                y.backward(nd.array(np.ones(y.shape)))
                print('   backward returned')
            except Exception as e:
                print('   backward', type(e).__name__, first_line(e))
            read('grad', x.grad)
            if not chained:
                read('grad again', x.grad)

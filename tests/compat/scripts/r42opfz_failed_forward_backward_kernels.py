"""Ops whose forward kernel fails (flip/reverse with an axis counted from the end, cumsum with an axis out of its kernel's range, amp_cast through oneDNN with float64): their backward kernels read no output, so they run and fail on their own; the head and the gradients carry separate errors, each raised once, read in either order."""
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
        a.asnumpy()
        print('  ', tag, 'read', a.shape, a.dtype.__name__)     # (values after a raised error are stale: not shown)
    except Exception as e:
        print('  ', tag, type(e).__name__, first_line(e))


cases = [
    ('flip axis=-1', lambda x: nd.flip(x, axis=-1), 'float32'),
    ('reverse axis=(0,-1)', lambda x: nd.reverse(x, axis=(0, -1)), 'float32'),
    ('flip axis=2', lambda x: nd.flip(x, axis=2), 'float32'),
    ('cumsum axis=-1', lambda x: nd.cumsum(x, axis=-1), 'float32'),
    ('cumsum axis=-2', lambda x: nd.cumsum(x, axis=-2), 'float64'),
    ('cumsum axis=2', lambda x: nd.cumsum(x, axis=2), 'float32'),
    ('amp_cast f64->f32', lambda x: nd.amp_cast(x, dtype='float32'), 'float64'),
    ('amp_cast f32->f64', lambda x: nd.amp_cast(x, dtype='float64'), 'float32'),
]
for name, f, dt in cases:
    for chained in [False, True]:
        for grad_first in [False, True]:
            for req in ['write', 'add']:
                x = nd.array(np.arange(6).reshape(2, 3), dtype=dt)
                x.attach_grad(grad_req=req)
                x.grad[:] = 0.5
                with mx.autograd.record():
                    y = f(x)
                    head = y * 2 if chained else y
                try:
                    mx.autograd.backward([head], [nd.ones(head.shape, dtype=head.dtype)])
                    print(name, 'chained' if chained else 'direct', req, 'grad read first' if grad_first else '')
                except Exception as e:
                    print(name, 'backward', type(e).__name__, first_line(e))
                reads = [('grad', x.grad), ('head', head)]
                for tag, a in (reads if grad_first else reads[::-1]):
                    read(tag, a)
                try:
                    nd.waitall()
                    print('   waitall ok')
                except Exception as e:
                    print('   waitall', type(e).__name__, first_line(e))

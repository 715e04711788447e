"""npx.softmax of a 0-d array with a length gives 1/length (0 for none) whatever the length's shape, and its gradient 0."""
import mxnet as mx
import numpy as onp
mx.npx.set_np()
np = mx.np


def err(e):
    lines = [l for l in str(e).split("\n") if l.strip()]
    return "%s: %s" % (type(e).__name__, ' | '.join(lines[-2:]))


cases = [(0, (), -1, 'float32', None), (1, (), 0, 'float32', None), (2, (1,), -1, 'float32', None),
         (3, (2,), 0, 'float32', None), ([3, 1], None, -1, 'float32', None), ([[2, 2], [2, 2]], None, -1, 'float32', None),
         (-1, (), -1, 'float32', None), (3, (), -1, 'float64', None), (3, (), -1, 'float32', 'float64'),
         (5, (), -1, 'float16', None), (3, (), -1, 'nan', None), (3, (), 0, 'inf', None), (0, (), -1, 'nan', None),
         (4, (), 1, 'float32', None), (4, (2,), -3, 'float32', None), (3, (), -1, 'int32', None)]
for n, ls, ax, dt, odt in cases:
    if dt in ('nan', 'inf'):
        a = np.array(float(dt), dtype='float32')
    else:
        a = np.array(0.7, dtype=dt)
    ln = np.array(n if ls is None else onp.full(ls, n), dtype='int32')
    a.attach_grad()
    try:
        with mx.autograd.record():
            r = mx.npx.softmax(a, length=ln, use_length=True, axis=ax, dtype=odt)
        print(n, ls, ax, dt, odt, r.shape, r.dtype, r.asnumpy().tolist())
        r.backward()
        print('  grad', a.grad.asnumpy().tolist())
    except Exception as e:
        print(n, ls, ax, dt, odt, err(e))
    try:
        mx.nd.waitall()
    except Exception as e:
        print('  waitall', err(e))
for dt in ['float32', 'int64']:
    try:
        r = mx.npx.softmax(np.array(1.0), length=np.array(2, dtype=dt), use_length=True)
        print(dt, r.asnumpy().tolist())
    except Exception as e:
        print(dt, err(e))
for dt in ['float32', 'float64']:
    for n in [7, 10, 100]:
        for t in [None, 3.0]:
            a = np.array(0.7, dtype=dt)
            a.attach_grad()
            with mx.autograd.record():
                r = mx.npx.softmax(a, length=np.array(n, dtype='int32'), use_length=True, temperature=t)
            r.backward(np.array(0.3, dtype=dt))
            print(dt, n, t, r.item(), a.grad.item())

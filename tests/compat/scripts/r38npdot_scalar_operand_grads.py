"""Gradients of mx.np dot/tensordot with a 0-d operand: the number's gradient sums in double (float32 too), the other's is scaled; tensordot with axes pairs fails its backward copy when a gradient is read."""
import numpy as onp

import mxnet as mx
from mxnet import autograd, np, npx

npx.set_np()
rng = onp.random.RandomState(7)

PRODUCTS = [
    ('dot(t, s)', lambda t, s: np.dot(t, s)),
    ('dot(s, t)', lambda t, s: np.dot(s, t)),
    ('tensordot(s, t, 0)', lambda t, s: np.tensordot(s, t, 0)),
    ('tensordot(t, s, 0)', lambda t, s: np.tensordot(t, s, 0)),
]
for dtype in ('float32', 'float64'):
    for shape in [(4,), (12,), (50,), (3, 70), (1000,), (2, 3, 500), (2, 1, 0)]:
        t = np.array(rng.uniform(-1, 1, shape), dtype=dtype)
        s = np.array(rng.uniform(-1, 1, ()), dtype=dtype)
        head = np.array(rng.uniform(-1, 1, shape), dtype=dtype)
        row = []
        for name, f in PRODUCTS:
            t.attach_grad()
            s.attach_grad()
            with autograd.record():
                y = f(t, s)
            y.backward(head)
            try:
                row.append((repr(s.grad.item()), repr(t.grad.asnumpy().ravel()[-1:].tolist())))
            except mx.MXNetError as e:
                row.append((name, str(e).splitlines()[-1]))
        same = all(r == row[0] for r in row)
        print(dtype, shape, row[0], 'all products agree' if same else row[1:])

for ta, tb in [((3,), ()), ((), (3,)), ((2, 3), ()), ((), (2, 2)), ((), ()), ((0,), ()), ((), (0, 2))]:
    for dtype in ('float32', 'float64'):
        a = np.arange(1, 1 + int(onp.prod(ta)), dtype=dtype).reshape(ta)
        b = np.full(tb, 2, dtype=dtype)
        a.attach_grad()
        b.attach_grad()
        with autograd.record():
            y = np.tensordot(a, b, ([], []))
        y.backward()
        shown = []
        for x in (a, b):
            try:
                shown.append(str(x.grad.asnumpy().tolist()))
            except mx.MXNetError as e:
                shown.append(str(e).splitlines()[-1])
        print('tensordot pairs', ta, tb, dtype, y.shape, shown)

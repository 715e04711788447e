"""float16 np.linalg.norm over one axis: the backward (any order but 1) fails in MXNet's float-only kernel when the gradient is read; ord=1 and whole-array norms differentiate."""
# recorded on AVX2
import numpy as onp
import mxnet as mx

np = mx.np
mx.npx.set_np()
cases = [("2d axis=1", (3, 4), dict(axis=1)), ("2d axis=0", (3, 4), dict(axis=0)), ("1d axis=0", (4,), dict(axis=0)),
         ("1d", (4,), {}), ("2d", (3, 4), {}), ("3d axis=-1", (2, 3, 4), dict(axis=-1)),
         ("keepdims", (3, 4), dict(axis=1, keepdims=True)), ("ord=3", (3, 4), dict(axis=1, ord=3)),
         ("ord=0", (3, 4), dict(axis=1, ord=0)), ("ord=1", (3, 4), dict(axis=1, ord=1)),
         ("axis=(1, 2)", (2, 3, 4), dict(axis=(1, 2))), ("fro", (3, 4), dict(ord='fro'))]
for name, shape, kwargs in cases:
    x = np.array(onp.random.RandomState(0).uniform(-3, 3, shape), dtype='float16')
    x.attach_grad()
    with mx.autograd.record():
        y = np.linalg.norm(x, **kwargs)
    y.backward()
    print(name, y.asnumpy().ravel().tolist())
    try:
        print(' grad', x.grad.asnumpy().ravel().tolist())
    except mx.base.MXNetError as e:
        print(' MXNetError', str(e).replace('\n', ' | '))

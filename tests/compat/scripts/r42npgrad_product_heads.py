"""mx.np dot/matmul/tensordot/inner/outer/vdot and norm backwards given a head gradient of another dtype (float, int, bool): the gradient or MXNet's refusal with its source line."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()

OPS = [('dot', lambda x: np.dot(x, x.T)), ('matmul', lambda x: np.matmul(x, x.T)), ('outer', lambda x: np.outer(x[0], x[1])),
       ('tensordot', lambda x: np.tensordot(x, x, axes=([1], [1]))), ('inner', lambda x: np.inner(x, x)),
       ('vdot', lambda x: np.vdot(x[0], x[1])), ('dot_1d', lambda x: np.dot(x[0], x[1])),
       ('einsum', lambda x: np.einsum('ij,kj->ik', x, x)),
       ('norm_ord1', lambda x: np.linalg.norm(x, ord=1, axis=1)), ('norm_nuc', lambda x: np.linalg.norm(x, 'nuc'))]
PAIRS = [('float32', 'float16'), ('float32', 'int32'), ('float64', 'int32'), ('float64', 'float16'), ('float32', 'float64'),
         ('float64', 'float32'), ('float32', 'int64'), ('float32', 'bool')]
for name, f in OPS:
    for xdt, hdt in PAIRS:
        x = np.array(onp.arange(6).reshape(2, 3) * 0.5 + 0.5, dtype=xdt)
        x.attach_grad()
        try:
            with autograd.record():
                y = f(x)
            y.backward(np.ones(y.shape, dtype=hdt))
            print(name, xdt, hdt, x.grad.dtype, x.grad.tolist())
        except Exception as e:
            print(name, xdt, hdt, type(e).__name__, repr(str(e)))

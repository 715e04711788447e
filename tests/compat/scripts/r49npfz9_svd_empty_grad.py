"""np.linalg.svd of empty matrices (no rows or no columns) under autograd.record() gives zero gradients of the input's shape, as MXNet does."""
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()
for shape in [(2, 0, 0), (0, 2, 2), (0, 0), (3, 0, 2), (2, 0), (0, 3)]:
    x = np.zeros(shape); x.attach_grad()
    try:
        with autograd.record():
            r = np.linalg.svd(x); s = (r[0] * 1.3).sum() + r[1].sum() + r[2].sum()
        print(shape, [t.shape for t in r])
        s.backward(); print(' grad', x.grad.shape, x.grad.asnumpy().sum())
    except Exception as e: print(shape, type(e).__name__, str(e).strip().splitlines()[-1][:150])

"""np.linalg.cholesky under autograd.record() records its potrf step for an empty batch (zero gradients) and for a matrix that is not square (its kernel's error raised by the backward), as MXNet does."""
import mxnet as mx
from mxnet import np, npx, autograd

npx.set_np()
for shape in [(0, 2, 2), (0, 0), (3, 0, 0), (2, 3), (1, 3, 2), (2, 2)]:
    x = np.ones(shape)
    x.attach_grad()
    try:
        with autograd.record():
            r = np.linalg.cholesky(x + np.eye(shape[-1]) * 2 if shape[-1] == shape[-2] else x)
            s = r.sum()
        print(shape, 'forward', r.shape, r.dtype)
        s.backward()
        print(shape, x.grad.shape, x.grad.asnumpy().sum())
    except mx.base.MXNetError as e:
        print(shape, type(e).__name__, str(e).strip().splitlines()[-1][:150])
for shape in [(0, 2, 2), (2, 3)]:
    try:
        print(shape, np.linalg.cholesky(np.ones(shape)).shape)
    except mx.base.MXNetError as e:
        print(shape, type(e).__name__, str(e).strip().splitlines()[-1][:150])

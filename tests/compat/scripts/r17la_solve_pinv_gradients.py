"""np.linalg.solve's backward with a vector right-hand side fails when its gradient is read (a 1x1 system
differentiates), matrix right-hand sides differentiate; pinv's rcond array must broadcast against the stack."""
import mxnet as mx
import numpy as onp
from mxnet import autograd, np, npx
from _words import words

npx.set_np()


def read(g):
    try:
        return (g.asnumpy().round(4) + 0).tolist()
    except mx.MXNetError as e:
        return words(e)


for a_shape, b_shape in (((3, 3), (3,)), ((2, 3, 3), (2, 3)), ((1, 1), (1,)), ((3, 3), (3, 1)), ((2, 2, 2), (2, 2, 3)),
                         ((1, 2, 2), (1, 2))):
    n = a_shape[-1]
    a = np.array(onp.eye(n) * 2 + onp.triu(onp.ones((n, n)), 1) + onp.zeros(a_shape), dtype="float32")
    b = np.array(onp.arange(onp.prod(b_shape)).reshape(b_shape) + 1.0, dtype="float32")
    a.attach_grad()
    b.attach_grad()
    with autograd.record():
        x = np.linalg.solve(a, b)
    x.backward()
    print(a_shape, b_shape, "x", (x.asnumpy().round(4) + 0).tolist())
    print(a_shape, b_shape, "da", read(a.grad))
    print(a_shape, b_shape, "db", read(b.grad))
m = np.array(onp.arange(12).reshape(2, 2, 3) / 4.0, dtype="float32")
for rcond in (np.array([0.1, 0.2, 0.3]), np.array([0.1, 0.2]), np.array([0.5]), np.array([[0.1], [0.2]]), 0.1):
    try:
        print("pinv", getattr(rcond, "shape", rcond), (np.linalg.pinv(m, rcond=rcond).asnumpy().round(3) + 0).tolist())
    except mx.MXNetError as e:
        print("pinv", getattr(rcond, "shape", rcond), words(e))

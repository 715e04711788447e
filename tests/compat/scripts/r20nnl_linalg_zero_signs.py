"""linalg potri and the backward of potrf mirror their lower triangle as a copy: the signs of zeros LAPACK
leaves above the diagonal are kept, in float32 and float64."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def show(label, a):
    a = a.asnumpy()
    print(label, a.dtype, a.tolist(), np.signbit(a).astype(int).tolist())


for dtype in ["float32", "float64"]:
    for n in [1, 2, 3, 4]:
        eye = nd.array(np.eye(n), dtype=dtype)
        show(f"potri eye{n} {dtype}", nd.linalg.potri(eye))
        show(f"potri upper eye{n} {dtype}", nd.linalg.potri(eye, lower=False))
        show(f"potri diag{n} {dtype}", nd.linalg.potri(nd.array(np.diag(np.arange(1, n + 1)), dtype=dtype)))
    low = nd.array([[2, 0, 0], [1, 3, 0], [0, 0, 1]], dtype=dtype)
    show(f"potri sparse factor {dtype}", nd.linalg.potri(low))
    a = nd.array([[4, 0, 0], [0, 9, 0], [0, 0, 1]], dtype=dtype)
    a.attach_grad()
    with autograd.record():
        f = nd.linalg.potrf(a)
    f.backward(nd.array([[1, 0, 0], [-1, 2, 0], [0, -3, 1]], dtype=dtype))
    show(f"potrf grad {dtype}", a.grad)

"""trmm/trsm over every transpose/rightside/lower combination and alpha, gemm/gemm2 transposes with alpha/beta and
axis, syrk: values and gradients in float32 and float64."""
import mxnet as mx
import numpy as onp
from mxnet import autograd, nd

T = onp.array([[2., 0., 0.], [0.5, 1.5, 0.], [-1., 0.25, 3.]])
B = onp.arange(6).reshape(3, 2) / 4.0 - 0.5


def grads(f, *arrays):
    xs = [nd.array(a, dtype=a.dtype) for a in arrays]
    for x in xs:
        x.attach_grad()
    with autograd.record():
        y = f(*xs)
    y.backward(nd.array(onp.arange(y.size).reshape(y.shape) % 3 + 1.0, dtype=y.dtype))
    return [(x.grad.asnumpy().round(4) + 0).tolist() for x in xs]


for dtype in ("float32", "float64"):
    for transpose in (False, True):
        for rightside in (False, True):
            for lower in (False, True):
                t = (T if lower else T.T).astype(dtype)
                b = (B.T if rightside else B).astype(dtype)
                kw = dict(transpose=transpose, rightside=rightside, lower=lower, alpha=-1.5)
                for name in ("trmm", "trsm"):
                    f = getattr(nd.linalg, name)
                    y = f(nd.array(t, dtype=dtype), nd.array(b, dtype=dtype), **kw)
                    print(dtype, name, transpose, rightside, lower, (y.asnumpy().round(4) + 0).tolist())
                    print("  grad", grads(lambda x, z: f(x, z, **kw), t, b))
    a, c = onp.arange(6).reshape(2, 3) / 3.0, onp.ones((2, 2)) / 2
    for ta in (False, True):
        for tb in (False, True):
            x = (a.T if ta else a).astype(dtype)
            z = (a if tb else a.T).astype(dtype)
            kw = dict(transpose_a=ta, transpose_b=tb, alpha=2.0)
            print(dtype, "gemm2", ta, tb, grads(lambda p, q: nd.linalg.gemm2(p, q, **kw), x, z))
            print(dtype, "gemm", ta, tb, grads(lambda p, q, r: nd.linalg.gemm(p, q, r, beta=-0.5, **kw), x, z,
                                               c.astype(dtype)))
        print(dtype, "syrk", ta, grads(lambda p: nd.linalg.syrk(p, transpose=ta, alpha=0.5), a.astype(dtype)))
    x4 = onp.arange(24).reshape(2, 3, 2, 2).astype(dtype) / 10
    print(dtype, "gemm2 axis=1", (nd.linalg.gemm2(nd.array(x4, dtype=dtype), nd.array(x4, dtype=dtype), axis=1,
                                                  transpose_b=True).asnumpy().round(4) + 0).ravel().tolist()[:8])

"""Products on other types than float32/float64: dot/batch_dot/gemm refuse mixed types at the call (bool named
unknown), mx.np products fail when read in MXNet's words, an empty product runs no kernel."""
import mxnet as mx
import numpy as onp
from mxnet import nd, np
from _words import words


def show(label, call):
    try:
        r = call()
    except Exception as e:
        print(label, "call ->", words(e))
        return
    try:
        print(label, "->", r.shape, r.dtype, (r.asnumpy() + 0).ravel().tolist()[:6])
    except Exception as e:
        print(label, r.shape, r.dtype, "read ->", words(e))


TYPES = ("float16", "float64", "int32", "int8", "uint8", "bool")
for dtype in TYPES:
    a, b = onp.arange(6).reshape(2, 3) % 3, onp.arange(6).reshape(3, 2) % 2
    show(f"nd.dot {dtype}", lambda: nd.dot(nd.array(a, dtype=dtype), nd.array(b, dtype=dtype)))
    show(f"nd.batch_dot {dtype}", lambda: nd.batch_dot(nd.array(a[None], dtype=dtype), nd.array(b[None], dtype=dtype)))
    show(f"nd.gemm2 {dtype}", lambda: nd.linalg.gemm2(nd.array(a, dtype=dtype), nd.array(b, dtype=dtype)))
    show(f"nd.dot float32 x {dtype}", lambda: nd.dot(nd.array(a), nd.array(b, dtype=dtype)))
    show(f"nd.batch_dot {dtype} x float32", lambda: nd.batch_dot(nd.array(a[None], dtype=dtype), nd.array(b[None])))
    for name in ("dot", "matmul", "inner", "outer", "vdot", "tensordot"):
        x, y = np.array(a, dtype=dtype), np.array(b if name not in ("inner",) else b.T, dtype=dtype)
        show(f"np.{name} {dtype}", lambda: getattr(np, name)(x, y))
    show(f"np.einsum {dtype}", lambda: np.einsum("ij,jk->ik", np.array(a, dtype=dtype), np.array(b, dtype=dtype)))
    show(f"np.matmul empty {dtype}", lambda: np.matmul(np.ones((0, 3), dtype=dtype), np.ones((3, 2), dtype=dtype)))
    show(f"np.matmul float32 x {dtype}", lambda: np.matmul(np.ones((2, 3)), np.ones((3, 2), dtype=dtype)))

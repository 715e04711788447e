"""linalg.gemm2, gemm, trmm and trsm infer shapes before types: operands of another rank fail shape inference,
a non-square triangular operand fails before the batch axes are compared, in MXNet's words."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words

o = nd.ones
L = nd.linalg


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape, r.dtype.__name__, r.asnumpy().ravel().tolist()[:3])
    except Exception as e:
        print(label, "->", words(e))


shapes = [(3, 3), (2, 3, 3), (1, 3, 3), (2, 1, 3, 3), (3, 2), (2, 2, 3), (3,)]
for dtype in ["float32", "int32"]:
    for a in shapes:
        for b in shapes:
            attempt(f"gemm2 {dtype} {a} {b}", lambda: L.gemm2(o(a, dtype=dtype), o(b, dtype=dtype)))
            attempt(f"trmm {dtype} {a} {b}", lambda: L.trmm(o(a, dtype=dtype), o(b, dtype=dtype)))
            attempt(f"trsm {dtype} {a} {b}", lambda: L.trsm(nd.array(np.ones(a) + 1, dtype=dtype), o(b, dtype=dtype),
                                                            rightside=True))
    for c in [(3, 3), (2, 3, 3), (3, 2), (3,)]:
        attempt(f"gemm {dtype} {c}", lambda: L.gemm(o((3, 3), dtype=dtype), o((3, 3), dtype=dtype), o(c, dtype=dtype)))
        attempt(f"gemm batched {dtype} {c}", lambda: L.gemm(o((2, 3, 3), dtype=dtype), o((2, 3, 2), dtype=dtype),
                                                            o(c, dtype=dtype)))

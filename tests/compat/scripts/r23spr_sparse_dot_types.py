"""nd.dot with sparse operands over dtypes, transposes and forward_stype: a storage no kernel writes is the dense
product cast (its kernel failure kept with the cast result, raised when read), dense @ csr into a dense result
takes any float type, and csr.T @ row_sparse into a dense one checks the type before refusing."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _sparse_show import show
from _words import words

nd = mx.nd
rs = np.random.RandomState(0)


def matrix(shape):
    a = rs.randint(-3, 4, shape).astype("float32")
    a[rs.rand(*shape) > 0.5] = 0
    return a


A, B, C = matrix((4, 3)), matrix((3, 5)), matrix((4, 5))
A[1] = 0


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


for dtype in ["float32", "float64", "float16", "int32"]:
    for sa, sb in [("default", "default"), ("csr", "default"), ("default", "csr"), ("csr", "row_sparse"),
                   ("default", "row_sparse"), ("csr", "csr")]:
        for ta in [False, True]:
            for tb in [False, True]:
                a = nd.array(A, dtype=dtype).tostype(sa)
                b = nd.array((C if ta else B).T if tb else (C if ta else B), dtype=dtype).tostype(sb)
                for fs in [None, "default", "csr", "row_sparse"]:
                    kw = {} if fs is None else {"forward_stype": fs}
                    attempt(f"{dtype} {sa} {sb} ta={int(ta)} tb={int(tb)} fs={fs}",
                            lambda: nd.dot(a, b, transpose_a=ta, transpose_b=tb, **kw))
for dtype in ["float16", "int32"]:
    for stype in ["csr", "row_sparse"]:
        product = nd.dot(nd.ones((2, 2), dtype=dtype), nd.ones((2, 2), dtype=dtype))
        attempt(f"failed {dtype} product tostype {stype}", lambda: product.tostype(stype))
        product = nd.dot(nd.ones((2, 2), dtype=dtype), nd.ones((2, 2), dtype=dtype))
        attempt(f"failed {dtype} product cast_storage {stype}", lambda: nd.cast_storage(product, stype))

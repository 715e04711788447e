"""np.einsum parses its subscripts as MXNet does, in its order and words: one '->', a term per operand, output
letters from the inputs, each term's length, then each letter's size (size 1 broadcasts); the operand types after."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(spec, *shapes, dtypes=None):
    dtypes = dtypes or ["float32"] * len(shapes)
    try:
        r = np.einsum(spec, *[np.ones(s, dtype=d) for s, d in zip(shapes, dtypes)])
        print(spec, shapes, "->", r.shape, (r.asnumpy() + 0).ravel().tolist()[:6])
    except Exception as e:
        print(spec, shapes, "->", words(e))


show("ij,jk->ik", (2, 3), (4, 4))
show("ij,jk,kl->il", (2, 3), (3, 4), (5, 2))
show("ij,jk,jl->il", (2, 3), (3, 4), (5, 2))
show("ij,jk->ik", (2, 3), (1, 4))
show("ij,jk->ik", (2, 1), (4, 4))
show("ii->i", (2, 3))
show("ii", (3, 3))
show("ij,jk->ik", (2, 3))
show("ij,jk,kl->il", (2, 3), (3, 4))
show("ij,jk->ik", (2, 3), (3, 4), (4, 4))
show("ij,jk->iz", (2, 3), (3, 4))
show("ij->k", (2, 3, 4))
show("ijk->ik", (2, 3))
show("ij,jk", (2, 3), (4, 4))
show("ij->ij->", (2, 3))
show("i,i", (3,), (3,))
show("bij,bjk->bik", (2, 2, 3), (2, 3, 2))
show("ij,jk->ik", (2, 3), (3, 2), dtypes=["float32", "bool"])
show("ij,jk->ik", (2, 3), (3, 2), dtypes=["float32", "float64"])
show("ij,jk->ik", (2, 3), (3, 5), dtypes=["float32", "bool"])
show("ij,jk->iz", (2, 3), (3, 2), dtypes=["float32", "int32"])
for a, b in (("float32", "bool"), ("bool", "float32"), ("int32", "bool")):
    for name, call in (("dot", lambda x, y: mx.nd.dot(x, y)), ("batch_dot", lambda x, y: mx.nd.batch_dot(x, y)),
                       ("gemm2", lambda x, y: mx.nd.linalg.gemm2(x, y))):
        try:
            call(mx.nd.ones((1, 2, 2), dtype=a), mx.nd.ones((1, 2, 2), dtype=b))
        except mx.MXNetError as e:
            print(name, a, b, "->", words(e))

"""linalg.gemm checks an out= array against the product's shape before it reads C's shape."""
import mxnet as mx

nd = mx.nd


def attempt(label, fn):
    try:
        r = fn()
        nd.waitall()
        print(label, r.shape)
    except mx.base.MXNetError as e:
        print(label, "raises:", str(e))


A, B, C = nd.ones((2, 4, 3)), nd.ones((2, 4, 1)), nd.ones((2, 1, 3))
attempt("C wrong", lambda: nd.linalg.gemm(A, B, C, transpose_a=True))
attempt("C and out wrong", lambda: nd.linalg.gemm(A, B, C, transpose_a=True, out=nd.zeros((2, 4, 3))))
attempt("out wrong", lambda: nd.linalg.gemm(A, B, nd.ones((2, 3, 1)), transpose_a=True, out=nd.zeros((2, 4, 3))))
attempt("C wrong, out right", lambda: nd.linalg.gemm(A, B, C, transpose_a=True, out=nd.zeros((2, 3, 1))))
attempt("transpose_a='true'", lambda: nd.linalg.gemm(A, B, C, transpose_a="true", out=nd.zeros((2, 4, 3))))
attempt("transpose_a='false'", lambda: nd.linalg.gemm(A, B, C, transpose_a="false", out=nd.zeros((2, 4, 3))))
attempt("right", lambda: nd.linalg.gemm(nd.ones((2, 3, 4)), nd.ones((2, 4, 1)), nd.ones((2, 3, 1)), out=nd.zeros((2, 3, 1))))
attempt("inner mismatch", lambda: nd.linalg.gemm(nd.ones((2, 3, 4)), nd.ones((2, 5, 1)), nd.ones((2, 3, 2)),
                                                 out=nd.zeros((2, 3, 5))))
attempt("axis=0", lambda: nd.linalg.gemm(nd.ones((3, 4, 2)), nd.ones((4, 5, 2)), nd.ones((3, 5, 2)), axis=0,
                                         out=nd.zeros((2, 3, 5))))

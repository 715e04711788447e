"""A linalg operator whose shape inference fails on vectors lists the out= arrays' shapes as its output shapes."""
import mxnet as mx


def attempt(label, fn):
    try:
        fn()
        mx.nd.waitall()
        print(label, "ok")
    except mx.base.MXNetError as e:
        print(label, "raises:", str(e))


v = mx.nd.ones((3,))
m = mx.nd.ones((2, 4))
o = mx.nd.zeros((3,))
o2 = mx.nd.zeros((2, 5))
attempt("gemm out", lambda: mx.nd.linalg.gemm(v, m, v, out=o))
attempt("gemm no out", lambda: mx.nd.linalg.gemm(v, m, v))
attempt("gemm2 out", lambda: mx.nd.linalg.gemm2(v, v, out=o2))
attempt("gemm2 transpose_b out", lambda: mx.nd.linalg.gemm2(v, v, transpose_b=1, out=o))
attempt("trsm out", lambda: mx.nd.linalg.trsm(v, v, out=o))
attempt("trmm out", lambda: mx.nd.linalg.trmm(v, v, lower=0, out=o))
attempt("syrk out", lambda: mx.nd.linalg.syrk(v, out=o))
attempt("gelqf out", lambda: mx.nd.linalg.gelqf(v, out=[o, o2]))
attempt("sumlogdiag out", lambda: mx.nd.linalg.sumlogdiag(v, out=o))
attempt("potrf out", lambda: mx.nd.linalg.potrf(v, out=o))
attempt("det out", lambda: mx.nd.linalg.det(v, out=o))

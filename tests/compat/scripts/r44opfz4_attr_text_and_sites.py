"""A failed shape inference lists boolean attributes as the call gave them (0, 1, 'true'), and softmin's and the densities' input checks print their source lines."""
import mxnet as mx

nd = mx.nd


def attempt(label, fn):
    try:
        fn()
        nd.waitall()
        print(label, "ok")
    except mx.base.MXNetError as e:
        print(label, "raises:", str(e))


z = nd.ones((1,)).reshape(())
v = nd.ones((2,))
attempt("pick keepdims=0", lambda: nd.pick(z, z, keepdims=0))
attempt("choose_element_0index keepdims=0", lambda: nd.choose_element_0index(z, z, keepdims=0))
attempt("pick keepdims='true'", lambda: nd.pick(z, z, keepdims="true"))
attempt("sum keepdims=1", lambda: nd.sum(z, keepdims=1))
attempt("norm keepdims=1", lambda: nd.norm(z, keepdims=1))
attempt("log_softmax use_length='true'", lambda: nd.log_softmax(z, use_length="true"))
attempt("trsm lower=0", lambda: nd.linalg.trsm(v, v, lower=0))
attempt("gemm2 transpose_b=1", lambda: nd.linalg.gemm2(v, v, transpose_b=1))
attempt("gemm2 transpose_b='1'", lambda: nd.linalg.gemm2(v, v, transpose_b="1"))
attempt("gemm2 transpose_b=True", lambda: nd.linalg.gemm2(v, v, transpose_b=True))
attempt("softmin use_length", lambda: nd.softmin(nd.ones((4, 1)), use_length=True))
attempt("log_softmax use_length", lambda: nd.log_softmax(nd.ones((4, 1)), use_length=1))
attempt("pdf_exponential rank", lambda: nd.random_pdf_exponential(nd.ones((4, 1)), nd.ones((3, 3, 1))))
attempt("pdf_normal rank", lambda: nd.random_pdf_normal(nd.ones((4,)), nd.ones((3, 4)), nd.ones((3, 4))))
attempt("pdf_dirichlet rank", lambda: nd.random_pdf_dirichlet(nd.ones((2, 3)), nd.ones((2, 1, 3))))
x = nd.ones((4, 1))
x.attach_grad()
with mx.autograd.record():
    attempt("softmin use_length recorded", lambda: nd.softmin(x, use_length=True))

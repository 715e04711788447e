"""Shape and type inference of the linalg symbols, dot and batch_dot: known, partial and refused shapes; float64,
float16 and int32 inputs."""
import warnings

import mxnet as mx
from mxnet import sym
from _words import words

warnings.simplefilter("ignore")      # (infer_shape_partial warns of the unknown arguments)
a, b, c = sym.var("a"), sym.var("b"), sym.var("c")
L = sym.linalg
CASES = [("gemm", L.gemm(a, b, c, transpose_a=True), dict(a=(3, 2), b=(3, 4))),
         ("gemm axis", L.gemm(a, b, c, axis=-3), dict(a=(2, 5, 3), b=(3, 5, 4))),
         ("gemm2 partial", L.gemm2(a, b), dict(a=(2, 3))),
         ("gemm2 refused", L.gemm2(a, b), dict(a=(2, 3), b=(4, 4))),
         ("potrf", L.potrf(a), dict(a=(2, 3, 3))), ("potrf refused", L.potrf(a), dict(a=(3, 2))),
         ("trmm rightside", L.trmm(a, b, rightside=True), dict(a=(3, 3), b=(2, 3))),
         ("trsm only b", L.trsm(a, b), dict(b=(3, 2))), ("trsm refused", L.trsm(a, b), dict(a=(3, 3), b=(2, 2))),
         ("sumlogdiag", L.sumlogdiag(a), dict(a=(2, 3, 3))), ("syrk", L.syrk(a, transpose=True), dict(a=(2, 3))),
         ("gelqf", L.gelqf(a), dict(a=(2, 3))), ("gelqf refused", L.gelqf(a), dict(a=(3, 2))),
         ("syevd", L.syevd(a), dict(a=(2, 3, 3))), ("det", L.det(a), dict(a=(3, 3))),
         ("slogdet", L.slogdet(a), dict(a=(2, 3, 3))), ("extracttrian", L.extracttrian(a, offset=1, lower=False),
                                                          dict(a=(4, 4))),
         ("maketrian", L.maketrian(a, offset=1), dict(a=(2, 6))), ("maketrian refused", L.maketrian(a), dict(a=(5,))),
         ("dot 3d", sym.dot(a, b), dict(a=(2, 2, 3), b=(3, 4, 5))), ("dot refused", sym.dot(a, b), dict(a=(2, 3), b=(2, 3))),
         ("batch_dot", sym.batch_dot(a, b, transpose_b=True), dict(a=(5, 2, 3), b=(5, 4, 3))),
         ("batch_dot refused", sym.batch_dot(a, b), dict(a=(5, 2, 3), b=(4, 3, 4)))]
for name, s, shapes in CASES:
    for label, call in (("shape", lambda: s.infer_shape(**shapes)), ("partial", lambda: s.infer_shape_partial(**shapes)),
                        ("float64", lambda: s.infer_type(a="float64")), ("float16", lambda: s.infer_type(a="float16")),
                        ("int32", lambda: s.infer_type(a="int32"))):
        try:
            print(name, label, call())
        except mx.MXNetError as e:
            print(name, label, "->", words(e))

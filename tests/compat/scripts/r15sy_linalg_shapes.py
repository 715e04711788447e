"""Shape inference of the linalg operators in a graph: MXNet's shape checks with unknown (0) sizes read as -1,
no value checks at inference (potrf of a non-square matrix infers), operands of two ranks left undecided."""
import warnings

import mxnet as mx
from _words import words

A, B, C = mx.sym.var("A"), mx.sym.var("B"), mx.sym.var("C")
L = mx.sym.linalg
ops = [("extractdiag", L.extractdiag(A, name="n")), ("extracttrian", L.extracttrian(A, offset=1, name="n")),
       ("det", L.det(A, name="n")), ("inverse", L.inverse(A, name="n")), ("slogdet", L.slogdet(A, name="n")),
       ("potrf", L.potrf(A, name="n")), ("potri", L.potri(A, name="n")), ("sumlogdiag", L.sumlogdiag(A, name="n")),
       ("gelqf", L.gelqf(A, name="n")), ("syevd", L.syevd(A, name="n")), ("syrk", L.syrk(A, name="n")),
       ("syrk T", L.syrk(A, transpose=True, name="n")), ("makediag", L.makediag(A, name="n")),
       ("gemm", L.gemm(A, B, C, name="n")), ("gemm T", L.gemm(A, B, C, transpose_a=True, name="n")),
       ("gemm2", L.gemm2(A, B, name="n")), ("trmm", L.trmm(A, B, name="n")),
       ("trsm right", L.trsm(A, B, rightside=True, name="n"))]
for label, sym in ops:
    for shape in [(2, 3), (0, 3), (3, 0), (0, 0), (2, 0, 0), (2, 3, 3), (3, 3), (4,), (2, 0, 3)]:
        given = {"A": shape}
        if "B" in sym.list_arguments():
            given["B"] = (3, 3)
        for infer in (sym.infer_shape_partial, sym.infer_shape):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    print(label, infer.__name__, shape, infer(**given))
                except mx.base.MXNetError as err:
                    print(label, infer.__name__, shape, words(err))

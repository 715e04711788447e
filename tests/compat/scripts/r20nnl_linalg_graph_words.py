"""linalg operators bound in graphs: which refusals name their node (shape checks) and which do not (checks
their kernels make), and their values on small exact inputs."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, sym, **inputs):
    try:
        ex = sym.bind(mx.cpu(), {k: nd.array(v) for k, v in inputs.items()})
        print(label, "->", [o.asnumpy().tolist() for o in ex.forward()])
    except Exception as e:
        print(label, "->", words(e))
    try:
        nd.waitall()
    except Exception:
        pass


a, b = mx.sym.var("a"), mx.sym.var("b")
la = mx.sym.linalg
wide, square = np.ones((2, 3)), [[4.0, 2.0], [2.0, 3.0]]
attempt("potrf wide", la.potrf(a, name="f"), a=wide)
attempt("potrf square", la.potrf(a, name="f"), a=square)
attempt("potri wide", la.potri(a, name="i"), a=wide)
attempt("potri square", la.potri(a, name="i"), a=[[2.0, 0.0], [1.0, 1.0]])
attempt("sumlogdiag wide", la.sumlogdiag(a, name="s"), a=wide)
attempt("sumlogdiag square", la.sumlogdiag(a, name="s"), a=square)
attempt("inverse wide", la.inverse(a, name="v"), a=wide)
attempt("det wide", la.det(a, name="d"), a=wide)
attempt("extractdiag wide", la.extractdiag(a, name="e"), a=wide)
attempt("trsm wide", la.trsm(a, b, name="t"), a=wide, b=np.ones((2, 2)))
attempt("gemm2 mismatch", la.gemm2(a, b, name="g"), a=wide, b=np.ones((2, 2)))
attempt("syrk wide", la.syrk(a, name="k"), a=wide)

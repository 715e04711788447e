"""copyto's shape checks with legacy unknown sizes (0-d, 0), its type refusal, and sparse arrays' astype/copyto/truth/as_np_ndarray refusals."""
import mxnet as mx
import numpy as np
from mxnet import nd


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:      # MXNet's C++ errors: the check line only (up to a shape inference's failure)
        lines = [l for l in str(e).split("\n") if l.strip()]
        keep = [l for l in lines if l.startswith("MXNetError:")] or lines[:1]
        line = keep[0].replace("MXNetError: ", "") if keep else ""
        print(label, type(e).__name__, line.split(" inferring shapes failed")[0])


def make(shape, value):
    return nd.array([value]).reshape(()) if shape == () else nd.array(np.full(shape, value))


for src, dst in [((2, 0), (2, 2)), ((2, 0), (2, 0, 1)), ((0,), (3,)), ((0, 3), (2, 0)), ((2, 3), (2, 0)),
                 ((2, 3), (0, 0)), ((1,), ()), ((), (1,)), ((), (2, 3)), ((2, 3), (3, 2)), ((2, 3), (6,)),
                 ((2, 3), (2, 3))]:
    show("copy %s into %s" % (src, dst), lambda: make(src, 4.).copyto(make(dst, 3.)))
scalar = make((), 5.)
show("0-d into itself", lambda: scalar.copyto(scalar))
for target in [None, 3, "cpu(0)", np.zeros(2)]:
    show("copyto %r" % (target,), lambda: nd.ones(2).copyto(target))
show("as_in_context text", lambda: nd.ones(2).as_in_context("cpu"))
show("0-d astype", lambda: scalar.astype("int32"))
show("0-d astype same dtype no copy", lambda: scalar.astype("float32", copy=False) is scalar)

csr = nd.array([[0, 1], [2, 0]]).tostype("csr")
rsp = nd.array([[0, 1], [0, 0]]).tostype("row_sparse")
for name, a in [("csr", csr), ("row_sparse", rsp)]:
    show(name + " astype None", lambda: (a.astype(None).dtype, a.astype(None).stype))
    show(name + " copyto wrong shape", lambda: a.copyto(nd.zeros((7,))))
    show(name + " copyto gpu", lambda: a.copyto(mx.gpu(0)))
    show(name + " asscalar", lambda: a.asscalar())
    show(name + " __nonzero__", lambda: a.__nonzero__())
    show(name + " bool", lambda: bool(a))
    show(name + " as_np_ndarray", lambda: a.as_np_ndarray())
show("one-element csr bool", lambda: bool(nd.array([[3]]).tostype("csr")))
show("empty-shape sparse bool", lambda: bool(nd.sparse.zeros("csr", (0, 2))))

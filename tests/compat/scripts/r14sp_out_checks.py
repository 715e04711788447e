"""An out= array of another shape or dtype, given to operators on sparse and dense inputs: MXNet's inference words alone."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt, show


A = np.array([[0, 1, 0, 2], [0, 0, 0, 0], [3, 0, 4, 0]], dtype=np.float32)
for label, x in [("dense", nd.array(A)), ("csr", nd.array(A).tostype("csr")), ("rsp", nd.array(A).tostype("row_sparse"))]:
    print("--", label)
    attempt("sum, out of the input's shape", lambda: nd.sum(x, out=nd.zeros((3, 4))))
    attempt("sum, float64 out", lambda: nd.sum(x, out=nd.zeros((1,), dtype="float64")))
    attempt("sum axis 0, out (3,)", lambda: nd.sum(x, axis=0, out=nd.zeros((3,))))
    attempt("mean, out (2,)", lambda: nd.mean(x, out=nd.zeros((2,))))
    attempt("norm, out (3, 4)", lambda: nd.norm(x, out=nd.zeros((3, 4))))
    attempt("square, out (4, 3)", lambda: nd.square(x, out=nd.zeros((4, 3))))
    attempt("abs, float16 out", lambda: nd.abs(x, out=nd.zeros((3, 4), dtype="float16")))
    attempt("dot, out (3, 3)", lambda: nd.dot(x, nd.ones((4, 2)), out=nd.zeros((3, 3))))
    attempt("transpose, out (3, 4)", lambda: nd.transpose(x, out=nd.zeros((3, 4))))
    attempt("elemwise_add, out (2,)", lambda: nd.elemwise_add(x, x, out=nd.zeros((2,))))
    attempt("topk, out (3, 4)", lambda: nd.topk(x, out=nd.zeros((3, 4))))
    attempt("sum, right out", lambda: nd.sum(x, out=nd.zeros((1,))))

"""A forward kernel that fails (dot of float16 or integers, the float32-only attention products) and a backward
kernel that fails on its own: the gradient read raises the backward's words, waitall the forward's."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words


def attempt(label, make, shapes, dtype):
    xs = [nd.array(np.ones(s), dtype=dtype) for s in shapes]
    for x in xs:
        x.attach_grad()
    with autograd.record():
        y = make(*xs)
    print(label, dtype, "recorded", y.shape)
    y.backward(nd.ones(y.shape, dtype=y.dtype))
    print(label, dtype, "backward ran")
    try:
        xs[0].grad.asnumpy()
        print(label, dtype, "first gradient read")
    except Exception as e:
        print(label, dtype, "first gradient ->", words(e))
    for _ in range(2):
        try:
            nd.waitall()
            print(label, dtype, "waitall ok")
        except Exception as e:
            print(label, dtype, "waitall ->", words(e))


for dtype in ("float16", "int32", "int64", "uint8"):
    attempt("dot", lambda a, b: nd.dot(a, b), [(2, 3), (3, 4)], dtype)
attempt("dot transposed", lambda a, b: nd.dot(a, b, transpose_b=True), [(2, 3), (4, 3)], "float16")
for dtype in ("float64", "float16"):
    attempt("selfatt_qk", lambda q: nd.contrib.interleaved_matmul_selfatt_qk(q, heads=1), [(2, 1, 6)], dtype)
    attempt("selfatt_valatt", lambda q, a: nd.contrib.interleaved_matmul_selfatt_valatt(q, a, heads=1),
            [(2, 1, 6), (1, 2, 2)], dtype)
    attempt("encdec_qk", lambda q, k: nd.contrib.interleaved_matmul_encdec_qk(q, k, heads=1), [(2, 1, 2), (3, 1, 4)],
            dtype)
    attempt("encdec_valatt", lambda k, a: nd.contrib.interleaved_matmul_encdec_valatt(k, a, heads=1),
            [(3, 1, 4), (1, 2, 3)], dtype)
attempt("dot", lambda a, b: nd.dot(a, b), [(2, 3), (3, 4)], "float64")

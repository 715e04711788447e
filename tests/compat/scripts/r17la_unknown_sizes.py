"""Legacy linalg and dot on zero sizes, which MXNet's legacy shape semantics read as unknown (-1): diagonal extraction
counts its length from -1, some ops fail sizing or allocating, others fail their shape inference."""
import mxnet as mx
import numpy as onp
from mxnet import nd
from _words import words


def empty(*shape):
    return nd.array(onp.zeros(shape))


def show(label, call):
    try:
        r = call()
        for part in (r if isinstance(r, (list, tuple)) else [r]):
            print(label, "->", part.shape, part.asnumpy().ravel().tolist())
    except mx.MXNetError as e:
        print(label, "->", words(e))


for batch in ((), (2,), (0,)):
    for n in (0, 1):
        shape = batch + (n, n)
        x = empty(*shape) if 0 in shape else nd.array(onp.ones(shape) * 2)
        for name in ("potrf", "potri", "sumlogdiag", "syevd", "inverse", "det", "slogdet", "gelqf", "syrk",
                     "extractdiag", "extracttrian"):
            show(f"{name} {shape}", lambda: getattr(nd.linalg, name)(x))
        show(f"trsm {shape}", lambda: nd.linalg.trsm(x, x))
for offset in (0, 1, -1, 3):
    show(f"extractdiag (0, 0) offset {offset}", lambda: nd.linalg.extractdiag(empty(0, 0), offset=offset))
    show(f"extracttrian (2, 0, 0) offset {offset}", lambda: nd.linalg.extracttrian(empty(2, 0, 0), offset=offset, lower=False))
    show(f"maketrian (0,) offset {offset}", lambda: nd.linalg.maketrian(empty(0), offset=offset))
for sa, sb, ta in (((2, 0), (0, 3), False), ((0, 2), (0, 3), True), ((0, 2), (2, 3), False), ((2, 3), (3, 0), False),
                   ((0,), (0,), False)):
    show(f"dot {sa} {sb} {ta}", lambda: nd.dot(empty(*sa), empty(*sb), transpose_a=ta))

"""elemwise_* operators given shapes that differ, with legacy zero sizes (read as unknown) and under NumPy shape semantics."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words

PAIRS = [((0, 3), (3,)), ((2, 0, 4), (1, 1, 4)), ((1, 1), (0,)), ((0,), (1, 1)), ((2, 3), (3, 2)), ((0, 3), (2, 4))]
for op in ["elemwise_add", "elemwise_sub", "elemwise_mul", "elemwise_div"]:
    for a, b in PAIRS:
        try:
            r = getattr(nd, op)(nd.array(np.ones(a)), nd.array(np.ones(b)))
            print(op, a, b, "->", r.shape)
        except Exception as e:
            print(op, a, b, "->", words(e))
with mx.util.np_shape(True):
    for a, b in PAIRS + [((0, 3), (0, 3)), ((2, 0), (2, 0))]:
        try:
            r = nd.elemwise_mul(nd.ones(a), nd.ones(b))
            print("np_shape", a, b, "->", r.shape, r.asnumpy().tolist())
        except Exception as e:
            print("np_shape", a, b, "->", words(e))

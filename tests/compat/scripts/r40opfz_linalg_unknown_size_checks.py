"""linalg and batch_dot shape refusals of legacy arrays with zero sizes: shape inference prints them as unknown (-1)."""
import mxnet as mx
import numpy as np


def last_line(e):
    return [line for line in str(e).split("\n") if line.strip()][-1]


for f in ["inverse", "det", "slogdet", "extractdiag", "extracttrian", "syevd", "gelqf"]:
    for shape in [(1, 3, 3, 0), (2, 0, 3), (3, 0), (0, 2), (2, 3)]:
        try:
            y = getattr(mx.nd.linalg, f)(mx.nd.array(np.ones(shape)))
            print(f, shape, [o.shape for o in (y if isinstance(y, (list, tuple)) else [y])])
        except mx.base.MXNetError as e:
            print(f, shape, "MXNetError:", last_line(e))
for a, b in [((1, 1), (2, 0, 1, 4)), ((2, 0, 3), (2, 4, 4)), ((2, 3, 4), (2, 5, 6)), ((0, 1), (2, 2, 2))]:
    try:
        print("batch_dot", a, b, mx.nd.batch_dot(mx.nd.array(np.ones(a)), mx.nd.array(np.ones(b))).shape)
    except mx.base.MXNetError as e:
        print("batch_dot", a, b, "MXNetError:", last_line(e))

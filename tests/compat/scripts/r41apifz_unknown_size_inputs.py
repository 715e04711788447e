"""Legacy ops on arrays with a 0 dimension (an unknown size to legacy shape inference): shapes or the failed inference."""
import numpy as np
import mxnet as mx

calls = [("squeeze", {}), ("squeeze", {"axis": 0}), ("squeeze", {"axis": 1}), ("squeeze", {"axis": 5}),
         ("one_hot", {"depth": 3}), ("argmax", {}), ("argmax", {"axis": 0}), ("argmax", {"axis": 9}),
         ("argmin", {"axis": -9}), ("max", {"axis": 7}), ("max", {"axis": -3}), ("min", {}), ("norm", {"axis": 4}),
         ("argmax_channel", {}), ("argmax", {"axis": 1, "keepdims": True}), ("sum", {"axis": 0}),
         ("mean", {"axis": -3}), ("repeat", {"repeats": 2, "axis": 0}), ("split", {"num_outputs": 1, "axis": -3}),
         ("split", {"num_outputs": 1, "axis": 2})]
for shape in [(0, 2), (2, 0), (0,), (1, 0, 1)]:
    for op, kw in calls:
        try:
            out = getattr(mx.nd, op)(mx.nd.array(np.zeros(shape)), **kw)
            print(shape, op, kw, out.shape)
        except mx.base.MXNetError as e:
            print(shape, op, kw, "!!", " | ".join(str(e).strip().split("\n")[1:]))
for shape in [(3, 2), (4,)]:
    for axis in [-3, -5]:
        try:
            mx.nd.split(mx.nd.ones(shape), 1, axis=axis)
        except mx.base.MXNetError as e:
            print(shape, "split", axis, "!!", " | ".join(str(e).strip().split("\n")[1:]))

"""where with a bool condition (or bool values) fails when read, its result typed as x (uint8 stays uint8)."""
import mxnet as mx

c = mx.nd.array([[1, 0, 1], [0, 1, 1]], dtype="bool")
for dt in ["uint8", "int32", "float32", "float16", "bool", "int8"]:
    x = mx.nd.ones((2, 3), dtype=dt)
    for label, cond in [("bool cond", c), ("uint8 cond", c.astype("uint8")), ("row cond", mx.nd.array([1, 0], dtype="bool"))]:
        r = mx.nd.where(cond, x, mx.nd.zeros((2, 3), dtype=dt))
        try:
            print(dt, label, r.shape, r.dtype, r.asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(dt, label, r.shape, r.dtype, str(e).strip().split("\n")[-1])

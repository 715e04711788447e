"""In-place arithmetic between overlapping views of one array: MXNet computes element by element, each
element reading the ones written before it (x[1:] += x[:-1] is a running sum)."""
import numpy as np
import mxnet as mx

OPS = [
    ("x[1:4] += x[0:3]", lambda x: x[1:4].__iadd__(x[0:3])),
    ("x[1:4] -= x[0:3]", lambda x: x[1:4].__isub__(x[0:3])),
    ("x[1:4] *= x[0:3]", lambda x: x[1:4].__imul__(x[0:3])),
    ("x[1:4] /= x[0:3]", lambda x: x[1:4].__itruediv__(x[0:3])),
    ("x[0:3] += x[1:4]", lambda x: x[0:3].__iadd__(x[1:4])),
    ("x[2:] += x[:4]", lambda x: x[2:].__iadd__(x[:4])),
    ("x[1:4] += x[1:4]", lambda x: x[1:4].__iadd__(x[1:4])),
    ("x[1:4] += x[0:3] + 0", lambda x: x[1:4].__iadd__(x[0:3] + 0)),
]

for name, make in [("nd", mx.nd.array), ("np", None)]:
    if make is None:
        mx.npx.set_np()
        make = mx.np.array
    for dtype in ["float32", "int32"]:
        for text, run in OPS:
            if dtype == "int32" and "/=" in text:       # mx.np refuses an int32 true division in place
                continue
            x = make(np.arange(1, 7), dtype=dtype)
            run(x)
            print(name, dtype, text, "->", x.asnumpy().tolist())
    x = make(np.arange(24).reshape(6, 4), dtype="float32")
    x[1:5] += x[0:4]
    print(name, "rows ->", x.asnumpy().tolist())
    x = make(np.arange(12).reshape(3, 4), dtype="float32")
    x[:, 1:] += x[:, :-1]
    print(name, "columns ->", x.asnumpy().tolist())
    x = make(np.ones(1000), dtype="float32")
    x[1:] += x[:-1]
    print(name, "long running sum ->", x.asnumpy()[[0, 1, 998, 999]].tolist())

# mx.np functions writing out= over an input behind it compute element by element too
OUTS = [
    ("add(x[0:3], x[1:4], out=x[1:4])", lambda x: mx.np.add(x[0:3], x[1:4], out=x[1:4])),
    ("subtract(x[1:4], x[0:3], out=x[1:4])", lambda x: mx.np.subtract(x[1:4], x[0:3], out=x[1:4])),
    ("multiply(x[0:3], 2, out=x[1:4])", lambda x: mx.np.multiply(x[0:3], 2, out=x[1:4])),
    ("maximum(x[0:3], 0, out=x[1:4])", lambda x: mx.np.maximum(x[0:3], 0, out=x[1:4])),
    ("exp(x[0:3] * 0, out=x[1:4])", lambda x: mx.np.exp(x[0:3] * 0, out=x[1:4])),
    ("negative(x[0:4], out=x[2:6])", lambda x: mx.np.negative(x[0:4], out=x[2:6])),
    ("sqrt(x[0:3], out=x[1:4])", lambda x: mx.np.sqrt(x[0:3], out=x[1:4])),
    ("add(x[1:4], x[0:3], out=x[0:3])", lambda x: mx.np.add(x[1:4], x[0:3], out=x[0:3])),
]
for text, run in OUTS:
    x = mx.np.array(np.arange(1, 7), dtype="float32")
    run(x)
    print("np out", text, "->", [round(v, 5) for v in x.asnumpy().tolist()])

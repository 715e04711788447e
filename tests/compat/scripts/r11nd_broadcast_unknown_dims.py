"""Legacy broadcasts read a 0 dimension as unknown: it goes with any size (shape inference then fails), others must match."""
import mxnet as mx
import numpy as np

nd = mx.nd
pairs = [((3,), (0,)), ((1,), (0,)), ((0, 3), (1, 3)), ((0, 3), (3,)), ((2, 3), (0, 2)), ((0, 3), (2,)), ((2, 0), (0, 1))]
for a, b in pairs:
    for name, f in [("broadcast_add", lambda x, y: nd.broadcast_add(x, y)), ("x * y", lambda x, y: x * y),
                    ("broadcast_greater", nd.broadcast_greater)]:
        try:
            r = f(nd.array(np.ones(a)), nd.array(np.ones(b)))
            print(a, b, name, r.shape)
        except mx.base.MXNetError as e:
            text = str(e)
            words = text[text.index("operands"):].splitlines()[0] if "operands" in text else \
                text[text.index("Operator"):].strip().replace("\n", " | ")
            print(a, b, name, "MXNetError", words[:words.index(": each")] if ": each" in words else words)
print(nd.norm(nd.ones((2, 2)), ord=2))
r = nd.norm(nd.ones((2, 2)), ord=3)
print("norm ord=3 made", r.shape)
try:
    r.asnumpy()
except mx.base.MXNetError as e:
    print("norm ord=3", "norm only supports ord=1 and ord=2" in str(e))

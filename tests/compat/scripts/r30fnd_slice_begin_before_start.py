"""nd.slice of float32 1-, 2- and 4-D arrays with unit steps and a begin before the axis's start: oneDNN's failure when read; other dtypes, ranks and steps slice."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd


def attempt(label, shape, begin, end, step=None, dtype="float32"):
    x = nd.array(np.arange(np.prod(shape)).reshape(shape), dtype=dtype)
    try:
        r = nd.slice(x, begin=begin, end=end, step=step)
        print(label, r.shape, r.asnumpy().ravel()[:6].tolist())
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))


y = nd.array(np.arange(20).reshape(4, 5))
z = nd.slice(y, begin=(-9,), end=(None,))
print("shape before reading", z.shape)
try:
    z.wait_to_read()
except Exception as e:
    print("read", type(e).__name__, repr(str(e)))
attempt("2-D begin -10", (4, 5), (-10,), (10,))
attempt("2-D begin -5 end None", (4, 5), (-5,), (None,))
attempt("2-D begin -4 (in range)", (4, 5), (-4,), (None,))
attempt("2-D second axis", (4, 5), (None, -6), (None, 4))
attempt("2-D step 1", (4, 5), (-10,), (10,), (1,))
attempt("2-D step 2", (4, 5), (-10,), (10,), (2,))
attempt("2-D step -1", (4, 5), (-10,), (10,), (-1,))
for dt in ["float16", "float64", "int32", "uint8"]:
    attempt("2-D " + dt, (4, 5), (-10,), (10,), None, dt)
attempt("1-D", (20,), (-21,), (3,))
attempt("1-D empty result", (20,), (-40,), (-20,))
attempt("3-D", (2, 3, 4), (-10,), (10,))
attempt("4-D", (2, 3, 4, 5), (0, -4), (2, 3))
attempt("5-D", (2, 3, 4, 5, 6), (-10,), (10,))
y.attach_grad()
with mx.autograd.record():
    z = nd.slice(y, begin=(-9,), end=(None,))
z.backward()
print("grad", y.grad.asnumpy().ravel().tolist())
s = mx.sym.slice(mx.sym.var("a"), begin=(-9,), end=(None,))
try:
    print(s.bind(mx.cpu(), {"a": y}).forward()[0].asnumpy())
except Exception as e:
    print("executor", type(e).__name__, repr(str(e)))

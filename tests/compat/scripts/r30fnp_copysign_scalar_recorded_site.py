"""Recording mx.np.copysign of an array and a number fails naming MXNet's check's line (operator_common.h)."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, autograd

x = np.array([0.5, -1.25, 2.0])
x.attach_grad()
for label, f in [("array, number", lambda: np.copysign(x, -1)), ("number, array", lambda: np.copysign(-1, x))]:
    try:
        with autograd.record():
            y = f()
        y.backward()
        print(label, x.grad)
    except mx.MXNetError as e:
        print(label, type(e).__name__, " | ".join(str(e).split("\n")[:3]))

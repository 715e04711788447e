"""Gradients of mx.np arithmetic on two arrays of different dtypes: float pairs true_divide fails forward yet differentiates, integer and bool pairs have no backward kernel."""
import mxnet as mx
from mxnet import autograd

mx.npx.set_np()


def last(e):
    return str(e).strip().splitlines()[-1][:160]


OPS = {"add": lambda a, b: a + b, "subtract": lambda a, b: a - b, "multiply": lambda a, b: a * b,
       "divide": lambda a, b: a / b, "mod": lambda a, b: a % b, "power": lambda a, b: a ** b,
       "true_divide": mx.np.true_divide}
PAIRS = [("int8", "uint8"), ("int32", "int64"), ("int8", "int32"), ("bool", "int32"), ("int64", "bool"),
         ("float16", "float32"), ("float32", "float16"), ("float32", "float64"), ("float16", "float64"),
         ("int32", "float32"), ("float32", "int32"), ("float16", "float16")]
for name, op in OPS.items():
    for an, bn in PAIRS:
        a = mx.np.array([[1.5, 2, 3]], dtype=an)
        for rhs in [mx.np.array([[2], [0.5]], dtype=bn), mx.np.array([[2, 1, 4], [0.5, 1, 1]], dtype=bn)]:
            a.attach_grad()
            rhs.attach_grad()
            try:
                with autograd.record():
                    y = op(a, rhs)
                y.backward()
                print(name, an, bn, rhs.shape, "grads", a.grad.tolist(), rhs.grad.tolist())
            except Exception as e:
                print(name, an, bn, rhs.shape, "grads", type(e).__name__, last(e))
            try:
                print("  y", y.dtype, y.tolist())
            except Exception as e:
                print("  y", type(e).__name__, last(e))
            try:
                mx.nd.waitall()
            except Exception as e:
                print("  waitall", type(e).__name__, last(e))

"""Gradients of mx.np elementwise functions on integer and bool arrays: unary ops record their integer kernels
(a truncated derivative), the integer operand of a mixed-type op gets a zero gradient, and true_divide of
integers fails when its gradient is read."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def grads(label, fn, *arrays, head=None):
    try:
        for a in arrays:
            a.attach_grad()
        with mx.autograd.record():
            y = fn(*arrays)
        y.backward(head)
        print(label, y.dtype, [(a.grad.dtype.name, a.grad.tolist()) for a in arrays])
    except Exception as e:
        print(label, words(e))


for name in ["abs", "sign", "square", "exp", "sin", "cos", "tanh", "negative", "floor", "sqrt", "cbrt",
             "degrees", "log1p", "arctan", "reciprocal"]:
    grads(f"{name} int32", getattr(np, name), np.array([3, -4, 0, 5], dtype="int32"))
grads("square int64", np.square, np.array([3, -4, 0, 5], dtype="int64"))
grads("exp uint8", np.exp, np.array([0, 1, 2, 3], dtype="uint8"))
for ta, tb in [("int32", "float32"), ("float32", "int32"), ("int64", "float64"), ("bool", "float32"),
               ("int8", "float16")]:
    for name in ["add", "subtract", "multiply", "true_divide", "power", "mod", "maximum"]:
        grads(f"{name} {ta} {tb}", getattr(np, name), np.array([1, 2, 3, 1], dtype=ta),
              np.array([1.5, 2.5, 0.5, 2.0], dtype=tb))
grads("add int32 float32 head", np.add, np.array([1, 2], dtype="int32"), np.array([0.5, 0.25]),
      head=np.array([3., -1.]))
for dtype in ["int32", "int64", "int8", "bool"]:
    grads(f"true_divide {dtype}", np.true_divide, np.array([1, 2, 3], dtype=dtype), np.array([1, 1, 2], dtype=dtype))
    grads(f"divide by number {dtype}", lambda x: x / 2, np.array([1, 2, 3], dtype=dtype))
grads("sum of int32", lambda x: np.square(x).sum(), np.array([1, -2, 3], dtype="int32"))

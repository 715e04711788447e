"""mx.np matmul and dot of integer or half variables: the forward fails when read at its kernel's line, and the gradient fails on its own at the backward kernel's check (grad_a's type for matmul), the forward's error left for waitall."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd

np = mx.np


def words(e):
    return type(e).__name__ + ": " + " | ".join(l.strip() for l in str(e).split("\n") if l.strip() and "Traceback" not in l)


for name, fn in [("matmul", lambda x: np.matmul(x, x.T)), ("dot", lambda x: np.dot(x, x.T))]:
    for dtype in ["int32", "int64", "int8", "uint8", "float16", "float32"]:
        if name == "dot" and dtype == "float16":
            continue
        x = np.array([[1, 0, 1], [0, 1, 1]], dtype=dtype)
        x.attach_grad()
        try:
            with autograd.record():
                y = fn(x)
            y.backward()
            x.grad.wait_to_read()
            print(name, dtype, "-> gradient", x.grad.dtype, x.grad.tolist())
        except Exception as e:
            print(name, dtype, "->", words(e))
        try:
            mx.nd.waitall()
        except Exception as e:
            print("  waitall", words(e))

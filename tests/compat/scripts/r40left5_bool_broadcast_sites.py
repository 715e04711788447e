"""Two bool arrays through the binary operators: forward and backward refusals, whose source lines differ between the same-shape and the broadcasting kernels (legacy and mx.np)."""
import mxnet as mx
from mxnet import autograd


def site(e):
    lines = str(e).strip().splitlines()
    return " | ".join(ln.strip() for ln in lines[-2:])


ND = ["add", "sub", "mul", "div", "maximum", "minimum", "power", "mod", "hypot", "equal", "not_equal", "greater",
      "greater_equal", "lesser", "lesser_equal", "logical_and", "logical_or", "logical_xor"]
NP = {"add": lambda a, b: a + b, "subtract": lambda a, b: a - b, "multiply": lambda a, b: a * b,
      "power": lambda a, b: a ** b, "mod": lambda a, b: a % b, "maximum": lambda a, b: mx.np.maximum(a, b),
      "minimum": lambda a, b: mx.np.minimum(a, b)}
SHAPES = [(2, 1), (1, 3), (2, 3), (3,)]


def run(kind, name, f, make, shape):
    a = make([[1, 0, 1]], dtype="bool")
    b = make(mx.nd.ones(shape).asnumpy(), dtype="bool")
    print(kind, name, shape)
    try:
        print("  forward", f(a, b).asnumpy().tolist())
    except Exception as e:
        print("  forward", site(e))
    a.attach_grad()
    b.attach_grad()
    try:
        with autograd.record():
            y = f(a, b)
        y.backward()
        print("  grad", a.grad.asnumpy().tolist())
    except Exception as e:
        print("  grad", site(e))
    try:
        mx.nd.waitall()
    except Exception as e:
        print("  waitall", site(e))


for shape in SHAPES:
    for name in ND:
        run("nd", name, getattr(mx.nd, "broadcast_" + name), mx.nd.array, shape)
mx.npx.set_np()
for shape in SHAPES:
    for name, f in NP.items():
        run("np", name, f, mx.np.array, shape)

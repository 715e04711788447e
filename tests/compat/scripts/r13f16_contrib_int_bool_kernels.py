"""gradientmultiplier's backward takes its scalar in the gradient's type (integer gradients truncate it), gradientmultiplier and sign_ste refuse bool data as unknown types, and hawkesll names a bool input's type unknown, as MXNet does."""
import mxnet as mx

nd = mx.nd


def grad_through(x, scalar):
    x.attach_grad()
    with mx.autograd.record():
        y = nd.contrib.gradientmultiplier(x, scalar=scalar) * 3
    y.backward()
    return x.grad


for dt in ("float16", "float32", "float64", "int32", "int8", "uint8", "int64"):
    for scalar in (0.3, 0.5, 2.7, -1.5):
        g = grad_through(nd.array([1, 2], dtype=dt), scalar)
        print(dt, scalar, g.dtype.__name__, g.asnumpy().tolist())

for name in ("gradientmultiplier", "sign_ste", "round_ste"):
    try:
        print(name, getattr(nd.contrib, name)(nd.array([1, 0], dtype="bool")).asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(name, "Unknown type enum 7" in str(e))
x = nd.array([1, 0], dtype="bool")
x.attach_grad()
with mx.autograd.record():
    y = nd.contrib.gradientmultiplier(x, scalar=0.5)
y.backward()
try:
    print(x.grad.asnumpy().tolist())
except mx.base.MXNetError as e:
    print("gradientmultiplier backward", "Unknown type enum 7" in str(e))

f = "float32"
try:
    nd.contrib.hawkesll(nd.array([[0.5, 0.5]], dtype=f), nd.array([0.2, 0.3], dtype=f), nd.array([1.0, 1.0], dtype=f),
                        nd.array([[0.1, 0.1]], dtype=f), nd.array([[0.5, 0.3, 0.2]], dtype=f),
                        nd.array([[0, 1, 0]], dtype="bool"), nd.array([3], dtype=f), nd.array([2.0], dtype=f))
except mx.base.MXNetError as e:
    text = str(e)
    print(text[text.index("Type inconsistent"):].splitlines()[0])

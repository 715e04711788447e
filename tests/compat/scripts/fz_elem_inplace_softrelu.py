"""In-place operators refuse another dtype or a result of another shape; float32 softrelu near exp's overflow."""
import numpy as np
import mxnet as mx

nd = mx.nd


def attempt(label, fn):
    try:
        r = fn()
        print(label, r.dtype.__name__, r.shape, r.asnumpy().ravel().tolist())
    except Exception as e:      # (asnumpy inside the try: MXNet raises lazily)
        print(label, "error", type(e).__name__)


def inplace(x, y, how):
    if how == "+=":
        x += y
    else:
        x *= y
    return x


for dx, dy in (("float16", "float32"), ("float32", "float64"), ("int32", "float32"), ("int8", "int8")):
    attempt(f"{dx} += {dy}", lambda: inplace(nd.array([1, 2, 3], dtype=dx), nd.array([4, 5, 6], dtype=dy), "+="))
    attempt(f"{dx} *= {dy}", lambda: inplace(nd.array([1, 2, 3], dtype=dx), nd.array([4, 5, 6], dtype=dy), "*="))
attempt("(3,) += (2, 3)", lambda: inplace(nd.array([1, 2, 3]), nd.ones((2, 3)), "+="))
attempt("(2, 3) += (3,)", lambda: inplace(nd.ones((2, 3)), nd.array([1, 2, 3]), "+="))
attempt("(2, 3) *= (2, 1)", lambda: inplace(nd.ones((2, 3)), nd.array([[2], [3]]), "*="))

v = np.array([88.0, 88.3763, 88.4, 88.5, 88.72, 88.73, 90.0, -88.5, -104.0], np.float32)
for n in (1, 40):
    x = nd.array(np.tile(v, n))
    x.attach_grad()
    with mx.autograd.record():
        y = nd.Activation(x, act_type="softrelu")
    y.backward()
    print("softrelu", n, y.asnumpy()[:9].tolist(), x.grad.asnumpy()[:9].tolist())

# oneDNN's exp scales by 2^(n-1) and doubles: below -86.99 it is 0, near FLT_MIN the product rounds as a subnormal
w = np.array([-86.5, -86.65, -86.7, -86.99, -87.0, -87.33, 88.72, -88.72], np.float32)
for n in (1, 40):
    x = nd.array(np.tile(w, n))
    print("sigmoid", n, nd.Activation(x, act_type="sigmoid").asnumpy()[:8].tolist())
    print("elu", n, nd.LeakyReLU(x, act_type="elu").asnumpy()[:8].tolist())

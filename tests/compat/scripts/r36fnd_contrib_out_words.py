"""contrib.quadratic and backward_gradientmultiplier refuse a mistyped or misshaped out= with assignment checks; allclose on bool reads as a failed uint8."""
import mxnet as mx

def attempt(label, f):
    try:
        r = f()
        print(label, r.shape, r.dtype)
        print(r.asnumpy())
    except mx.base.MXNetError as e:
        print(label, type(e).__name__, str(e).strip().split("\n")[-1])

x = mx.nd.array([[1., 2., 3.], [4., 5., 6.]])
for shape, dt in [((2, 3), "float32"), ((2, 3), "float64"), ((3, 2), "float32"), ((2, 3), "int32"), ((6,), "float16"), ((2, 3, 1), "float32")]:
    o = mx.nd.zeros(shape, dtype=dt)
    attempt("quadratic out=%s %s" % (shape, dt), lambda: mx.nd.contrib.quadratic(x, a=1, b=2, c=3, out=o))
    attempt("backward_gradientmultiplier out=%s %s" % (shape, dt), lambda: mx.nd.contrib.backward_gradientmultiplier(x, scalar=2, out=o))
    attempt("gradientmultiplier out=%s %s" % (shape, dt), lambda: mx.nd.contrib.gradientmultiplier(x, scalar=2, out=o))
b = mx.nd.array([1, 0, 1], dtype="bool")
attempt("allclose bool", lambda: mx.nd.contrib.allclose(b, b))
attempt("allclose bool float32", lambda: mx.nd.contrib.allclose(b, mx.nd.ones((3,))))
attempt("allclose float32", lambda: mx.nd.contrib.allclose(mx.nd.ones((3,)), mx.nd.ones((3,))))

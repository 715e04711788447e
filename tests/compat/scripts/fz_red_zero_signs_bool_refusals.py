"""max/min of mixed +0/-0 keep the first zero's sign; ops without bool kernels refuse bool inputs; a large
sum or nansum that overflows or meets inf/nan ends as MXNet's reducer ends it."""
import numpy as np
import mxnet as mx

nd = mx.nd
rs = np.random.RandomState(0)


def show(label, f):
    try:
        a = f().asnumpy()
        print(label, a.dtype, a.shape, [("-" if np.signbit(v) else "+") + repr(abs(float(v))) for v in a.ravel()[:8]])
    except Exception as e:      # the class is what MXNet's users see
        print(label, "error", type(e).__name__)


for dtype in ["float16", "float32", "float64"]:
    for shape, axis, keepdims in [((300,), None, False), ((40, 30), 1, False), ((7, 50, 3), 1, False),
                                  ((7, 50, 3), (0, 2), False), ((6, 70), 1, True), ((2, 3), None, True)]:
        v = rs.choice([0.0, -0.0, -1.0, 1.0], size=int(np.prod(shape)), p=[0.45, 0.45, 0.05, 0.05]).reshape(shape)
        x = nd.array(v, dtype=dtype)
        show(("max", dtype, shape, axis), lambda: nd.max(x, axis=axis, keepdims=keepdims))
        show(("min", dtype, shape, axis), lambda: nd.min(x, axis=axis, keepdims=keepdims))

b = nd.array(rs.randint(0, 2, size=(2, 3, 4)), dtype="bool")
f = nd.array(rs.randint(0, 3, size=(2, 3, 4)))
for name, call in [("argmax", lambda: nd.argmax(b, axis=1)), ("argmin", lambda: nd.argmin(b)),
                   ("argmax_channel", lambda: nd.argmax_channel(b)),
                   ("slice_axis", lambda: nd.slice_axis(b, axis=2, begin=1, end=3)),
                   ("split_v2", lambda: nd.split_v2(b, (1, 2), axis=2)[0]),
                   ("pick-data", lambda: nd.pick(b, f[0, 0], axis=1)), ("pick-index", lambda: nd.pick(f, b[0, 0])),
                   ("broadcast_axis", lambda: nd.broadcast_axis(b[0:1], axis=0, size=2)),
                   ("slice_like-data", lambda: nd.slice_like(b, f[:1])), ("slice_like-like", lambda: nd.slice_like(f, b[:1])),
                   ("take", lambda: nd.take(b, f[0, 0])), ("gather_nd", lambda: nd.gather_nd(b, nd.array([[0], [1]]))),
                   ("broadcast_to", lambda: nd.broadcast_to(b[0:1], shape=(2, 3, 4))), ("sum", lambda: nd.sum(b)),
                   ("max", lambda: nd.max(b, axis=0)), ("tile", lambda: nd.tile(b, (2,)))]:
    show(("bool", name), call)

for dtype in ["float16", "float32"]:
    big = nd.array(np.full((64, 64), -100.0), dtype=dtype)
    show(("nansum-overflow", dtype), lambda: nd.nansum(big))
    show(("sum-overflow", dtype), lambda: nd.sum(big))
    with_inf = np.full((50, 90), 1.5)
    with_inf[3, 7], with_inf[10, 2] = np.inf, -np.inf
    show(("sum-inf", dtype), lambda: nd.sum(nd.array(with_inf, dtype=dtype), axis=0))
    show(("nansum-inf", dtype), lambda: nd.nansum(nd.array(with_inf, dtype=dtype), axis=0))

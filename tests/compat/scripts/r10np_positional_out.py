"""mx.np functions given a non-array out= by position: refused before the operator's attributes are parsed, except
where the function checks other arguments first (dot, take) or has no operator (rad2deg)."""
import mxnet as mx
np = mx.np
mx.npx.set_np()

x = np.array([[1.5, -2., 0.], [3.25, -0., 4.]])
cases = [
    ("argmax", lambda: np.argmax(x, 0.5, 1)), ("argmin", lambda: np.argmin(x, 1, 0)),
    ("around", lambda: np.around(x, 0.5, 1)), ("round", lambda: np.round(x, 0.5, 1)),
    ("flip", lambda: np.flip(x, 0.5, 1)), ("squeeze", lambda: np.squeeze(x, 1, 0)),
    ("stack", lambda: np.stack(x, 0.5, 1)), ("concatenate", lambda: np.concatenate(x, 1, 0)),
    ("bitwise_and", lambda: np.bitwise_and(x, 1, 0)), ("lcm", lambda: np.lcm(x, 0.5, 1)),
    ("dot", lambda: np.dot(x, 1, 0)), ("take", lambda: np.take(x, np.array([0, 2], dtype="int32"), 1, None, "wrap")),
    ("rad2deg", lambda: np.rad2deg(x, 1)), ("argmax by keyword", lambda: np.argmax(x, 0.5, out=1)),
    ("argmax good out", lambda: np.argmax(x, 1, np.zeros(2, dtype="int64"))),
]
for label, make in cases:
    try:
        r = make()
        print(label, r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:      # the error class is part of the behaviour
        print(label, type(e).__name__)

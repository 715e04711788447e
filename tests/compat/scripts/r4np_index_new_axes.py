"""mx.np keys with None: a write drops the new axes (a value with more axes loses those length-1 axes), and a
gather with index arrays puts the new axes where MXNet does (index arrays count no axis, and come first when
any entry, None included, stands between them)."""
import mxnet as mx
np = mx.np
mx.npx.set_np()


def run(label, fn):
    try:
        r = fn()
        print(label, r.shape, r.dtype, r.asnumpy().ravel().tolist())
    except Exception as e:      # the error class is part of the behaviour
        print(label, type(e).__name__)


def write(key, value):
    x = np.zeros((2, 3))
    x[key] = value
    return x


for key in [(Ellipsis, None), (None, Ellipsis, None), (None, 1, None), (0, None), (slice(None), None, slice(1, None)),
            (None,), (None, 0)]:
    for value in [np.ones(3), np.ones((2, 3)), np.ones((2, 3, 1)), np.ones((3, 1)), np.ones((1, 1, 3)),
                  np.ones((1, 3)), np.arange(4.).reshape(2, 1, 2), np.ones((1, 2, 3)), 5]:
        run("x[%r] = %s" % (key, getattr(value, "shape", value)), lambda: write(key, value))
y = np.arange(24).reshape(2, 3, 4)
S = slice(None)
for key in [([0], S, None), (S, [0], None), (None, [0], S), ([0], None, S, 1), ([0], slice(1, None), None, slice(1, None)),
            ([0, 1], S, None), (slice(1, None), [0, 1], None), ([0, 1], None), ([0], Ellipsis, None),
            (Ellipsis, [0], None), (None, [0], None, S, None, [1, 2]), ([[0], [1]], None, slice(1, None), [2, 3]),
            (1, None, [0, 2]), (S, 1, None, [0, 2]), (S, [1], None, [0, 2], None), (None, Ellipsis, 1, None, [0, 2]),
            (np.array([True, False]), None), (None, slice(1, None), [1], None, [[0], [2]]), (np.array([1, 0]), None)]:
    run("y[%r]" % (key,), lambda: y[key])
x = np.arange(6.).reshape(2, 3)
x.attach_grad()
with mx.autograd.record():
    z = x[S, [2, 0], None] * np.arange(1., 5.).reshape(2, 1, 2)
z.backward()
print("grad", z.shape, x.grad.asnumpy().tolist())

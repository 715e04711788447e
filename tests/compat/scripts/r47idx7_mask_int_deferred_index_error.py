"""MXNet's mx.np getitem with a boolean mask beside an out-of-range integer returns the result and raises IndexError when it is read."""
import mxnet as mx

mx.npx.set_np()
a = mx.np.arange(12).reshape(3, 4)
b = mx.np.arange(24).reshape(2, 3, 4)
FORMS = [
    "a[a[:, 0] > 3, 9]",
    "a[a[:, 0] > -1, -5]",
    "a[9, a[0] > 1]",
    "a[-4, a[0] > 1]",
    "a[a[:, 0] > 3, mx.np.array([0, 7])]",
    "a[a[:, 0] > 3, 3]",
    "a[a[:, 0] > 3, ..., 9]",
    "b[b[:, 0, 0] >= 0, 3]",
    "b[b[:, :, 0] >= 0, 4]",
    "b[b[:, 0, 0] >= 0, 1, 4]",
    "b[b[:, 0, 0] >= 0, :, 4]",
    "b[b[:, 0, 0] >= 0, None, 4]",
    "b[5, b[0, :, 0] >= 0, 1]",
    "mx.np.zeros((3, 0))[mx.np.zeros((3,)) == 0, 0]",
    "mx.np.zeros((2, 0, 3))[mx.np.ones((2,)) > 0, 0]",
]


def last_line(e):
    return str(e).strip().splitlines()[-1]


for form in FORMS:
    try:
        r = eval(form)
    except Exception as e:
        print(form, "!! at call", type(e).__name__, last_line(e))
        continue
    print(form, "->", r.shape, r.dtype)
    try:
        print("  read", r.asnumpy().tolist())
    except IndexError as e:
        print("  read !!", type(e).__name__, last_line(e))
    mx.nd.waitall()

"""Python bools inside a tuple key, read and written, as MXNet's key expansion takes them: one integer per axis (a bool among them) goes an axis at a time; otherwise the bools are dropped (an ... keeps its place among all the entries), and for mx.np a True adds a new first axis, a False an empty one."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, npx

KEYS = [(True, 0), (0, True), (slice(None), True), (slice(None), False), (True, slice(None)), (False, slice(None)),
        (None, True), (Ellipsis, True), (True, True), (True, [0, 1]), ([0, 1], True), (True, Ellipsis, 0),
        (False, Ellipsis, 0), (True, Ellipsis, [1, 0]), (slice(None), None, True), (1, slice(None), False),
        (False, [0, 1]), (Ellipsis, True, slice(None), Ellipsis), (True, Ellipsis, 4, slice(0, 2))]


def show(label, call):
    try:
        r = call()
        print(label, r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(label, type(e).__name__, str(e))


for module in ("nd", "np"):
    for key in KEYS:
        x = nd.arange(6).reshape((2, 3)) if module == "nd" else mx.np.arange(6).reshape((2, 3))
        show(f"{module} get {key}", lambda: x[key])
        y = nd.zeros((2, 3)) if module == "nd" else mx.np.zeros((2, 3))

        def write():
            y[key] = 7
            return y
        show(f"{module} set {key}", write)
x = nd.arange(2).reshape((2, 1))
for key in [(5, True), (True, 5), (1, True), (-3, True), (True, True)]:
    show(f"one per axis {key}", lambda: x[key])
npx.set_np()
z = mx.np.arange(6).reshape(2, 3)
for key in [(True, 0), (slice(None), False), (True, [0, 1]), (False, [0, 1])]:
    show(f"np shape {key}", lambda: z[key])

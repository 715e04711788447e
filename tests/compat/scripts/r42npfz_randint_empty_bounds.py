"""np.random.randint with an empty size: equal bounds draw nothing and pass, while low above high leaves its kernel's failure for the next wait, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape, r.tolist())
        mx.nd.waitall()
    except Exception as e:  # noqa: BLE001
        print(label, "->", type(e).__name__, str(e).strip().splitlines()[-1][:150])


mx.random.seed(3)
for bounds in [(0,), (0, 0), (5, 5), (-2, -2), (5, 2), (0, 1), (3, -4)]:
    for size in [0, (2, 0), (0, 3)]:
        show("randint%r size=%r" % (bounds, size), lambda: np.random.randint(*bounds, size=size))
        show("  then", lambda: np.random.randint(0, 4, size=3))
show("randint(5, 2, size=(2, 0), dtype='int32')", lambda: np.random.randint(5, 2, size=(2, 0), dtype="int32"))
show("  then", lambda: np.ones(2) + 1)

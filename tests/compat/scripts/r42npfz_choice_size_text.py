"""np.random.choice hands size=() to its operator as None (its refusals show size="None"), and draws the same samples for every size form, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape, r.tolist())
    except Exception as e:  # noqa: BLE001
        print(label, "->", type(e).__name__, str(e).strip().splitlines()[-1][:220])


for a in [4, 3.0, np.arange(4), "x"]:
    for size in [(), None, 0, (2,), (0,), 3, "x", 2.5, [2]]:
        for kw in [{}, {"replace": False}, {"p": np.array([0.25, 0.25, 0.25, 0.25])}]:
            mx.random.seed(1)
            show("choice(%r, size=%r, %s)" % (a, size, sorted(kw)), lambda: np.random.choice(a, size=size, **kw))

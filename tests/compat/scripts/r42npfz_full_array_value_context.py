"""np.full with an array fill value broadcasts it where the value is, ignoring ctx= (and out=), then casts to dtype=, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape, r.ctx, r.tolist())
    except Exception as e:  # noqa: BLE001
        print(label, "->", type(e).__name__, str(e).strip().splitlines()[-1][:150])


for name, fv in [("0-d float", np.array(3.)), ("int32 row", np.array([1, 2, 3], dtype="int32")),
                 ("0-d on cpu(2)", np.array(2., ctx=mx.cpu(2))), ("0-d bool", np.array(True))]:
    for kw in [{}, {"ctx": mx.cpu(1)}, {"dtype": "float16", "ctx": mx.cpu(1)}, {"dtype": "int8"}]:
        for shape in [(2, 3), (3,), ()]:
            show("full %s %s %s" % (shape, name, kw), lambda: np.full(shape, fv, **kw))
    out = np.zeros((2, 3))
    show("full out= %s" % name, lambda: np.full((2, 3), fv, out=out))
    show("  out after", lambda: out)
show("full number ctx", lambda: np.full((2,), 2.5, ctx=mx.cpu(1)))

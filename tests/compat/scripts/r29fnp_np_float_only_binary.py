"""mx.np.hypot and arctan2 refuse two integer arrays at their own source lines (MXNet's message ends with a newline), in a hybridized block too."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock

npx.set_np()


def show(label, f):
    try:
        r = f()
        text = "%s %s %s" % (r.dtype, r.shape, r.tolist())
    except Exception as e:  # noqa: BLE001
        text = "%s %r" % (type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)))
    print(label, text)


i = np.array([1, 2], dtype="int32")
f = np.array([1., 2])
for name in ("hypot", "arctan2"):
    fn = getattr(np, name)
    show(name + " ints", lambda: fn(i, i))
    show(name + " int and float", lambda: fn(i, f))
    show(name + " int and number", lambda: fn(i, 2))
    show(name + " number and int", lambda: fn(2, i))


class Pair(HybridBlock):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.fn = name

    def hybrid_forward(self, F, x, y):
        return getattr(F.np, self.fn)(x, y)


for name in ("hypot", "arctan2"):
    block = Pair(name, prefix=name + "_")
    block.hybridize()
    show("hybridized " + name + " ints", lambda: block(i, i))
    show("hybridized " + name + " floats", lambda: block(f, f))

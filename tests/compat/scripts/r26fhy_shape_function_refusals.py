"""A hybridized graph whose operator's shape function refuses the inputs (where's three shapes): refused on its
first run, it keeps the operator's words; after a success, MXNet's CachedOp finds no memory plan of the autograd
mode (forward or full), then no shapes, until a success. And export before the graph ran writes no parameters."""
# recorded on AVX2
import os
import tempfile

from mxnet import nd, gluon, autograd
from _words import words


class Where(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.w = self.params.get("w", shape=(2, 3), init="ones")

    def hybrid_forward(self, F, x, w):
        return F.where(x > 0, x, w) * 2


class WhereStacked(gluon.HybridBlock):
    """The stack infers where's output shape from x: the broadcast after it refuses the shapes."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.w = self.params.get("w", shape=(2, 3), init="ones")
            self.u = self.params.get("u", shape=(2, 2, 3), init="ones")

    def hybrid_forward(self, F, x, w, u):
        return F.broadcast_mul(F.stack(x, F.where(x > 0, x, w)), u)


class Deferred(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.w = self.params.get("w", shape=(2, 0), allow_deferred_init=True, init="ones")
            self.v = self.params.get("v", shape=(2, 2), init="ones")

    def hybrid_forward(self, F, x, w, v):
        return F.FullyConnected(x, w, num_hidden=2, no_bias=True) + v


good, bad = nd.ones((2, 3)), nd.ones((3, 3))
SEQUENCES = {
    "good_then_bad": [(good, False), (bad, False), (bad, False), (good, False), (bad, False)],
    "recorded": [(good, True), (bad, True), (bad, True), (good, True), (bad, True)],
    "mixed": [(good, False), (good, True), (bad, True), (bad, False), (good, False), (bad, False)],
    "bad_first": [(bad, False), (bad, True), (good, False), (bad, False), (bad, True)],
}
for static in (False, True):
    for label, cls, calls in [(k + " " + c.__name__, c, v) for c in (Where, WhereStacked) for k, v in SEQUENCES.items()]:
        net = cls(prefix="where_")
        net.initialize()
        net.hybridize(static_alloc=static, static_shape=static)
        shown = []
        for x, recording in calls:
            try:
                if recording:
                    with autograd.record():
                        shown.append(net(x).shape)
                else:
                    shown.append(net(x).shape)
            except Exception as e:
                shown.append(words(e))
        print("static" if static else "dynamic", label)
        for s in shown:
            print("   ", s)

tmp = tempfile.mkdtemp()
for how in ("infer_shape_only", "refused_call", "ran"):
    net = Deferred(prefix="deferred_")
    net.initialize()
    net.hybridize()
    try:
        if how == "infer_shape_only":
            net.infer_shape(nd.ones((2, 3)))
        else:
            net(nd.ones((3, 3)) if how == "refused_call" else nd.ones((2, 3)))
    except Exception as e:
        print(how, "call", words(e)[:80])
    path = os.path.join(tmp, how)
    net.export(path)
    saved = nd.load(path + "-0000.params")
    print(how, "export", sorted(saved) if isinstance(saved, dict) else saved)

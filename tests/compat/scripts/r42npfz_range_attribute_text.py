"""mx.np arange/linspace/logspace/eye/identity read bools, strings and None as MXNet's parser reads their text, in its order (arange: step, stop, start; linspace: dtype, stop, start, num; logspace: base, num, dtype, stop, start), and arange counts nan/inf/huge spans as MXNet does."""
import mxnet as mx
import numpy as onp
from mxnet import np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, tuple):
            print(label, "->", [(x.dtype, x.shape, x.tolist()) if hasattr(x, "dtype") else x for x in r])
        else:
            print(label, "->", r.dtype, r.shape, r.ctx, r.tolist())
    except Exception as e:  # noqa: BLE001
        print(label, "->", type(e).__name__, str(e).strip().splitlines()[-1][:220])


inf, nan = float("inf"), float("nan")
texts = [True, False, onp.bool_(True), None, "3", " 3", "3.5", "1e1", "inf", "nan", "-2", "0x10", "", "3f", "True", "x"]
for v in texts:
    show("arange(%r)" % (v,), lambda: np.arange(v))
    show("arange(0, %r)" % (v,), lambda: np.arange(0, v))
    show("arange(0, 5, %r)" % (v,), lambda: np.arange(0, 5, v))
    show("linspace(%r, 4, 3)" % (v,), lambda: np.linspace(v, 4, 3))
    show("linspace(0, %r, 3)" % (v,), lambda: np.linspace(0, v, 3))
    show("linspace(0, 1, %r)" % (v,), lambda: np.linspace(0, 1, v))
    show("logspace(%r, 2, 3)" % (v,), lambda: np.logspace(v, 2, 3))
    show("logspace(0, 1, 3, base=%r)" % (v,), lambda: np.logspace(0, 1, 3, base=v))
    show("eye(%r)" % (v,), lambda: np.eye(v))
    show("eye(2, %r)" % (v,), lambda: np.eye(2, v))
    show("eye(2, k=%r)" % (v,), lambda: np.eye(2, k=v))
    show("identity(%r)" % (v,), lambda: np.identity(v, dtype="int32", ctx=mx.cpu(2)))
x = "x"
for a in [(x, x, x), (x, 5, x), (x, x, 1), (1, x, x), (x, None, x), (0, 1, 3.0), (inf, 1, 3), (0, nan, 3)]:
    show("arange%r" % (a,), lambda: np.arange(*a))
    for kw in [{}, {"dtype": "float64"}, {"dtype": "bool"}]:
        show("linspace%r %s" % (a, kw), lambda: np.linspace(*a, **kw))
        show("logspace%r %s" % (a, kw), lambda: np.logspace(*a, **kw))
        show("logspace%r base='x' %s" % (a, kw), lambda: np.logspace(*a, base=x, **kw))
show("linspace retstep", lambda: np.linspace(True, 3, 2, retstep=True))
for a in [(0, 5, inf), (inf,), (0, inf), (0, nan), (nan, 5), (0, 5, nan), (0, 5, -inf), (-inf, 5), (inf, 5),
          (0, 5, None), (None, 5), (None,), (0, None, 2), (0, -1e30), (0, 9.3e18), (0, 5, 1e-300), (-1e30, 0, 1e10),
          (0, 5, [1]), (onp.float32(2.5),), (0, 5, onp.float16(1.5)), (2.5, True, True)]:
    show("arange%r" % (a,), lambda: np.arange(*a))

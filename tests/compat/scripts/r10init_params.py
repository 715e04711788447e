"""Parameter shape setter, np-mode var(), numpy values in set_data/save, and row_sparse reduce errors, as MXNet."""
import mxnet as mx
from mxnet import gluon


def show(f):
    try:
        print("OK", f())
    except Exception as e:          # noqa: BLE001 - the point is to print what was raised
        print(type(e).__name__, repr(str(e).split("\n")[0][:200]))


p = gluon.Parameter("w", shape=(2, 3))
p.shape = [2, 3]
print(p.shape, repr(p))
q = gluon.Parameter("q", shape=(-1, 3))
q.shape = (4, 3)
print(q.shape)
show(lambda: gluon.Parameter("s", shape="a").initialize())
r = gluon.Parameter("r", shape=(2, 3), stype="row_sparse")
r.initialize()
show(lambda: r.reset_ctx(mx.cpu(1)))
w = gluon.Parameter("w", shape=(2, 3))
w.initialize(mx.init.One())
try:
    w.set_data(mx.np.ones((2, 3)))
except TypeError:
    print("set_data of an mx.np array: TypeError")
mx.npx.set_np()
v = gluon.Parameter("v", shape=(2, 3))
print(v.var())
d = gluon.ParameterDict("n_")
d.get("w", shape=(2,))
d.initialize(mx.init.One())
show(lambda: d.save("unused.params"))
mx.npx.reset_np()
print(v.var(), gluon.Parameter("u", shape=(1,)).var())

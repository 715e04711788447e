"""Parameters under NumPy semantics: Parameter.zero_grad's legacy operator, ParameterDict.zero_grad, Constant values."""
import mxnet as mx
from mxnet import gluon


def show(f):
    try:
        print("OK", f())
    except Exception as e:          # noqa: BLE001 - the point is to print what was raised
        print(type(e).__name__, str(e).split("\n")[0][:120])


mx.npx.set_np()
d = gluon.ParameterDict("n_")
p = d.get("w", shape=(2, 3))
d.initialize(mx.init.One())
with mx.autograd.record():
    y = (p.data() * 2).sum()
y.backward()
print(p.grad().asnumpy().tolist(), type(p.grad()).__name__)
show(p.zero_grad)
d.zero_grad()
print(p.grad().asnumpy().tolist())
legacy = gluon.Constant("c", mx.nd.array([1, 2]))
show(legacy.initialize)
listed = gluon.Constant("c", [1, 2])
listed.initialize()
print(listed.data().asnumpy().tolist(), type(listed.data()).__name__, listed.var())
mx.npx.reset_np()
q = gluon.Parameter("q", shape=(2,))
q.initialize(mx.init.One())
with mx.autograd.record():
    y = (q.data() * 3).sum()
y.backward()
q.zero_grad()
print(q.grad().asnumpy().tolist())

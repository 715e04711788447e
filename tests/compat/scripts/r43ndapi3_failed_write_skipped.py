"""A write into an array whose earlier kernel failed (setitem, out=, backward into its gradient buffer, a.grad written through its handle too) is skipped: the array keeps its data and raises the error once, as MXNet's engine does."""
import mxnet as mx

nd, ag = mx.nd, mx.autograd


def show(label, f):
    try:
        print(label, f().asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(label, "MXNetError", str(e).splitlines()[-1])


bad = lambda: nd.random.normal(0, -1, shape=2)

x = nd.zeros(2) + 2
x[:] = bad()
x[:] = 5
show("setitem first read", lambda: x)
show("setitem second read", lambda: x)
x[:] = 6
show("after raised", lambda: x)

y = nd.zeros(2) + 3
y[:] = bad()
nd.ones(2, out=y)
show("out= failed target", lambda: y)
show("out= failed target again", lambda: y)

z = nd.zeros(2) + 7
nd.exp(bad(), out=z)
show("out= failed input", lambda: z)
show("out= failed input again", lambda: z)

w = nd.ones(2)
w += bad()
show("iadd", lambda: w)
show("iadd again", lambda: w)

for req in ("write", "add"):
    a = nd.array([1., 2.])
    g = nd.zeros(2) + 4
    ag.mark_variables([a], [g], grad_reqs=req)
    g[:] = bad()
    with ag.record():
        out = a * 3
    out.backward()
    show(req + " grad first read", lambda: g)
    show(req + " grad second read", lambda: g)
    with ag.record():
        out = a * 3
    out.backward()
    show(req + " grad after raised", lambda: g)

a = nd.array([1., 2.])
a.attach_grad()
a.grad[:] = bad()
with ag.record():
    out = a * 3
out.backward()
show("attach_grad buffer first read", lambda: a.grad)
show("attach_grad buffer second read", lambda: a.grad)
with ag.record():
    out = a * 3
out.backward()
show("attach_grad buffer after raised", lambda: a.grad)

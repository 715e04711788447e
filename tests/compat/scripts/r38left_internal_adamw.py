"""_internal._adamw_update/_mp_adamw_update: the NDArray operators behind contrib's wrappers; their symbols never compose."""
import mxnet as mx

nd = mx.nd
V = mx.sym.var


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e).split("] ", 1)[-1][-400:])


g = nd.array([0.1, -0.2, 0.3])
for f in (nd._internal._adamw_update, nd.contrib.adamw_update):
    w, m, v = nd.array([1., 2., 3.]), nd.zeros(3), nd.zeros(3)
    show(lambda: f(w, g, m, v, nd.array([0.5]), lr=0.1, eta=1.0, wd=0.01, out=w))
    print(w, m, v)
for f in (nd._internal._mp_adamw_update, nd.contrib.mp_adamw_update):
    w, m, v, w32 = nd.array([1., 2., 3.], dtype="float16"), nd.zeros(3), nd.zeros(3), nd.array([1., 2., 3.])
    show(lambda: f(w, g.astype("float16"), m, v, w32, nd.array([1.0]), lr=0.1, eta=0.5, out=w))
    print(w, w32)
a = [nd.ones(2) for _ in range(4)]
show(lambda: nd._internal._adamw_update(*a, nd.ones(1), lr=0.1, eta=1, foo=2))
show(lambda: nd._internal._adamw_update(*a, nd.ones(1), lr=0.1))
show(lambda: nd._internal._mp_adamw_update(*a, nd.ones(2), nd.ones(1), eta=0.1))
for f in (mx.sym._internal._adamw_update, mx.sym._internal._mp_adamw_update):
    print(f.__name__)
    show(lambda: f())
    show(lambda: f(lr=0.1))
    show(lambda: f(weight=V("w"), grad=V("g"), mean=V("m"), var=V("v"), rescale_grad=V("r"), lr=0.1, eta=1.0))
    show(lambda: f(V("w"), V("g"), V("m"), V("v"), V("r"), lr=0.1, eta=1.0))

# Writes while recording into arrays that have a place in the graph (variables, recorded results, and inputs
# of recorded ops until a backward frees them) fail as MXNet's; other writes pass
import mxnet as mx
from mxnet import autograd, nd


def attempt(name, fn):
    x = nd.ones(2)
    x.attach_grad()
    y = nd.ones(2) * 2
    w = nd.ones(2) * 3
    try:
        with autograd.record():
            r = fn(x, y, w)
        if r is not None:
            r.wait_to_read()
        print(name, "ok", x.asnumpy().tolist(), y.asnumpy().tolist())
    except mx.base.MXNetError:
        print(name, "MXNetError")


attempt("copyto var", lambda x, y, w: nd.ones(2).copyto(x))
attempt("copyto plain", lambda x, y, w: nd.ones(2).copyto(y))
attempt("setitem plain", lambda x, y, w: y.__setitem__(slice(None), 5))
attempt("setitem used input", lambda x, y, w: (y * x, y.__setitem__(slice(None), 5))[0])
attempt("iadd used input", lambda x, y, w: (y * x, y.__iadd__(1))[0])
attempt("out= used input", lambda x, y, w: (y * x, nd.elemwise_add(w, w, out=y))[0])
attempt("sgd_update into used input", lambda x, y, w: (y * x, nd.sgd_update(y, x, lr=.1, out=y))[0])
attempt("zeros out= var", lambda x, y, w: nd.zeros(2, out=x))
attempt("copyto recorded result", lambda x, y, w: (lambda z: nd.ones(2).copyto(z))(x * 2))
attempt("dot input", lambda x, y, w: (nd.dot(y, x), y.__setitem__(slice(None), 2))[0])
attempt("constant-only op input", lambda x, y, w: (y * 2, y.__setitem__(slice(None), 3))[0])


def later(name, make, free):
    x = nd.ones(2)
    x.attach_grad()
    y = nd.ones(2)
    with autograd.record():
        z = make(x, y)
    free(z)
    try:
        with autograd.record():
            y[:] = 5
        print(name, "ok")
    except mx.base.MXNetError:
        print(name, "MXNetError")


later("no backward", lambda x, y: y * x, lambda z: None)
later("after backward", lambda x, y: y * x, lambda z: z.backward())
later("after retained backward", lambda x, y: y * x, lambda z: z.backward(retain_graph=True))


def backward_of_a_later_graph(z):
    with autograd.record():
        g = z * 2
    g.backward()


later("after backward of a later graph", lambda x, y: y * x, backward_of_a_later_graph)

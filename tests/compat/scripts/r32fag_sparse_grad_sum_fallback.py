"""Summing several gradient contributions for a variable with a row_sparse/csr gradient logs add_n's storage fallback (inputs' storage in graph order), also through autograd.grad."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd as ag
from _stderr import stderr_of


def show(title, call):
    result, lines = stderr_of(call)
    print("==", title)
    for line in lines:
        if line.startswith(("operator", "input storage", "output storage", "params")):
            print("  log:", line)
    print(result if isinstance(result, Exception) is False else "ERR %s" % type(result).__name__)


def weight(stype):
    w = mx.nd.array([[1., 2.], [3., 4.], [5., 6.]])
    w.attach_grad(stype=stype)
    return w


def dense_twice(stype):
    def run():
        w = weight(stype)
        with ag.record():
            y = (w * w).sum()
        y.backward()
        return w.grad.stype, w.grad.asnumpy().tolist()
    return run


def dense_five():
    w = weight("row_sparse")
    with ag.record():
        y = (w * w + w * 3 + w + w).sum()
    y.backward()
    return w.grad.asnumpy().tolist()


def lookups_only():
    w = weight("row_sparse")
    with ag.record():
        a = mx.nd.Embedding(mx.nd.array([0, 2]), w, 3, 2, sparse_grad=True)
        b = mx.nd.Embedding(mx.nd.array([1]), w, 3, 2, sparse_grad=True)
        t = a.sum() + b.sum()
    t.backward()
    return w.grad.asnumpy().tolist()


def lookup_then_dense():
    w = weight("row_sparse")
    with ag.record():
        a = mx.nd.Embedding(mx.nd.array([0, 2]), w, 3, 2, sparse_grad=True)
        t = (w * 3).sum() + a.sum()
        b = mx.nd.Embedding(mx.nd.array([1]), w, 3, 2, sparse_grad=True)
        t = t + b.sum()
    t.backward()
    return w.grad.asnumpy().tolist()


def through_grad():
    w = weight("row_sparse")
    with ag.record():
        a = mx.nd.Embedding(mx.nd.array([0, 2]), w, 3, 2, sparse_grad=True)
        t = a.sum() + (w * w * 2).sum()
    g = ag.grad(t, [w], retain_graph=True)[0]
    t.backward()
    return g.stype, g.asnumpy().tolist(), w.grad.asnumpy().tolist()


def single_lookup():
    w = weight("row_sparse")
    with ag.record():
        y = mx.nd.Embedding(mx.nd.array([1]), w, 3, 2, sparse_grad=True)
    y.backward()
    return w.grad.asnumpy().tolist()


show("row_sparse, two dense terms", dense_twice("row_sparse"))
show("csr, two dense terms", dense_twice("csr"))
show("row_sparse again (logged once)", dense_twice("row_sparse"))
show("five dense terms", dense_five)
show("two sparse lookups", lookups_only)
show("lookup, dense, lookup", lookup_then_dense)
show("autograd.grad then backward", through_grad)
show("one lookup", single_lookup)

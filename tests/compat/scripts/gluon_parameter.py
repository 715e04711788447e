# Gluon Parameter: repr, init state errors, set_data, grad_req, lr_mult, cast, var.
import warnings
import mxnet as mx
from mxnet import gluon, nd
import numpy as np

warnings.simplefilter("ignore")


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "raises", type(e).__name__)


p = gluon.Parameter("weight", shape=(2, 3))
print(p)
print(repr(p))
print(p.name, p.shape, p.dtype, p.grad_req, p.lr_mult, p.wd_mult, p.init)
attempt("data before init", lambda: p.data())
attempt("grad before init", lambda: p.grad())
attempt("list_data before init", lambda: p.list_data())
attempt("list_ctx before init", lambda: p.list_ctx())
attempt("set_data before init", lambda: p.set_data(nd.ones((2, 3))))
mx.random.seed(1)
p.initialize()
print(p.data())
print(p.grad())
print(p.list_ctx())
print(len(p.list_data()), len(p.list_grad()))
p.set_data(nd.ones((2, 3)) * 2)
print(p.data())
attempt("set_data wrong shape", lambda: p.set_data(nd.ones((3, 3))))
attempt("initialize again", lambda: p.initialize())
p.initialize(init=mx.init.One(), force_reinit=True)
print(p.data())
p.grad_req = "null"
print(p.grad_req)
attempt("grad after null", lambda: p.grad())
attempt("list_grad after null", lambda: p.list_grad())
p.grad_req = "add"
print(p.grad_req, p.grad())
attempt("bad grad_req", lambda: setattr(p, "grad_req", "foo"))
p.lr_mult = 0.5
p.wd_mult = 2.0
print(p.lr_mult, p.wd_mult)
p.reset_ctx(mx.cpu(0))
print(p.list_ctx())
v = p.var()
print(v, type(v).__name__, v.list_attr())
p.cast("float16")
print(p.dtype, p.data().dtype, p.grad().dtype)
p.zero_grad()
print(p.grad())

# deferred shapes
q = gluon.Parameter("q", shape=(0, 4), allow_deferred_init=True)
print(q)
q.initialize()
attempt("data deferred", lambda: q.data())
q.shape = (5, 4)
print(q.shape)
attempt("shape change incompatible", lambda: setattr(q, "shape", (6, 3)))
q2 = gluon.Parameter("q2", shape=(0, 4))
attempt("init unknown shape no deferral", lambda: q2.initialize())

# dtype and init arguments
r = gluon.Parameter("r", shape=3, dtype="float64", init=mx.init.Constant(7))
print(r, r.shape)
r.initialize()
print(r.data(), r.data().dtype)
r2 = gluon.Parameter("r2", shape=(2,), grad_req="null", differentiable=False)
print(r2.grad_req)
r2.initialize(init="zeros")
print(r2.data())
attempt("r2 grad", lambda: r2.grad())
c = gluon.Constant("c", [[1, 2], [3, 4]])
print(c, c.grad_req, c.value if hasattr(c, "value") else None)
c.initialize()
print(c.data())
attempt("bad stype", lambda: gluon.Parameter("s", shape=(2,), stype="foo"))
s = gluon.Parameter("s", shape=(4, 2), stype="row_sparse", grad_stype="row_sparse")
print(s)
s.initialize(init="ones")
attempt("row_sparse data", lambda: s.data())
attempt("row_sparse_data no trainer", lambda: s.row_sparse_data(nd.array([0, 2])))

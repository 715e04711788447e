# Gluon ParameterDict: repr, get/update/select, prefix, save/load, zero_grad, setattr, reinit warnings.
import os
import tempfile
import warnings
import mxnet as mx
from mxnet import gluon, nd


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "raises", type(e).__name__)


pd = gluon.ParameterDict("net_")
print(pd)
print(repr(pd), pd.prefix)
w = pd.get("weight", shape=(2, 3))
b = pd.get("bias", shape=(2,), init="zeros")
print(pd)
print(list(pd.keys()), [type(v).__name__ for v in pd.values()])
print(pd.get("weight") is w, "net_weight" in pd, "weight" in pd)
attempt("get mismatched shape", lambda: pd.get("weight", shape=(4, 4)))
print(pd.get("weight", shape=(2, 3)) is w)
g = pd.get("gamma", shape=(0,), allow_deferred_init=True)
print(pd.get("gamma", shape=(5,)).shape)
attempt("get_constant missing", lambda: pd.get_constant("const"))
c = pd.get_constant("const", [1.0, 2.0])
print(c, pd.get_constant("const") is c)
print(pd["net_weight"] is w)
attempt("getitem missing", lambda: pd["weight"])
other = gluon.ParameterDict("other_")
other.get("x", shape=(1,))
pd.update(other)
print(list(pd.keys()))
attempt("update conflict", lambda: pd.update({"net_weight": gluon.Parameter("net_weight", shape=(2, 3))}))
print(list(pd.select(".*weight|.*bias").keys()) if hasattr(pd, "select") else "no select")
shared = gluon.ParameterDict("net_", shared=pd)
print(shared.get("weight") is w, list(shared.keys()))
pd.setattr("lr_mult", 0.1)
print([p.lr_mult for p in pd.values()])
pd.setattr("grad_req", "null")
print([p.grad_req for p in pd.values()])
pd.setattr("grad_req", "write")

mx.random.seed(0)
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    pd.initialize(mx.init.Uniform(0.5))
    pd.initialize()
    print(len(ws), [str(x.message) for x in ws][:2])
print(w.data())
print(b.data())
attempt("gamma data", lambda: g.data())
pd.zero_grad()
print(w.grad())
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    pd.initialize(mx.init.One(), force_reinit=True)
    print(len(ws))
print(w.data())

d = tempfile.mkdtemp()
fname = os.path.join(d, "p.params")
attempt("save with deferred", lambda: pd.save(fname))
g.shape = (5,)
mx.random.seed(3)
g.initialize(force_reinit=True)
pd.save(fname)
loaded = nd.load(fname)
print(sorted(loaded.keys()))
attempt("strip foreign prefix", lambda: pd.save(fname, strip_prefix="net_"))
clean = gluon.ParameterDict("net_")
for k in ("weight", "bias", "gamma"):
    clean._params["net_" + k] = pd["net_" + k]
clean.save(fname, strip_prefix="net_")
print(sorted(nd.load(fname).keys()))
pd2 = gluon.ParameterDict("net_")
pd2.get("weight", shape=(2, 3))
pd2.get("bias", shape=(2,))
attempt("load missing", lambda: pd2.load(fname, restore_prefix="net_"))
pd2.load(fname, restore_prefix="net_", allow_missing=True, ignore_extra=True)
print(pd2["net_weight"].data())
pd3 = gluon.ParameterDict("net_")
pd3.get("weight", shape=(2, 3))
attempt("load extra", lambda: pd3.load(fname, restore_prefix="net_"))
pd.reset_ctx(mx.cpu())
print(pd.list_ctx())

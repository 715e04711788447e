# Parameter/ParameterDict corner cases: get() with existing params, string inits, shape merging, dtype.
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


pd = gluon.ParameterDict("p_")
w = pd.get("w", shape=(0, 3))
attempt("merge shape", lambda: pd.get("w", shape=(4, 0)).shape)
attempt("merge conflicting", lambda: pd.get("w", shape=(5, 3)))
attempt("merge wrong ndim", lambda: pd.get("w", shape=(4, 3, 1)))
attempt("same dtype spelled differently", lambda: pd.get("w", dtype=np.float32).dtype)
attempt("different dtype", lambda: pd.get("w", dtype="float16"))
attempt("new attr set", lambda: pd.get("w", lr_mult=2.0).lr_mult)
attempt("same init", lambda: pd.get("w", init=None).init)
attempt("set init later", lambda: type(pd.get("w", init=mx.init.One()).init).__name__)
attempt("conflicting init", lambda: pd.get("w", init=mx.init.Zero()))
attempt("grad_req conflict", lambda: pd.get("w", grad_req="null"))
attempt("unknown kwarg", lambda: pd.get("v", foo=1))
attempt("get_constant existing non-constant", lambda: pd.get_constant("w"))
attempt("get_constant bad value", lambda: pd.get_constant("c2", value=None))

for init in ["xavier", "zeros", "ones", "uniform", "normal", "orthogonal", "msraprelu"]:
    p = gluon.Parameter("x", shape=(3, 2), init=init)
    mx.random.seed(5)
    np.random.seed(5)
    try:
        p.initialize()
        print(init, np.round(p.data().asnumpy().astype(np.float64), 5).tolist())
    except Exception as e:
        print(init, "raises", type(e).__name__)
p = gluon.Parameter("x", shape=(3, 2))
mx.random.seed(5)
p.initialize(init="normal", default_init=mx.init.One())
print(np.round(p.data().asnumpy().astype(np.float64), 5).tolist())
p = gluon.Parameter("x", shape=(3, 2))
p.initialize(default_init="ones")
print(p.data().asnumpy().tolist())
attempt("bad init name", lambda: gluon.Parameter("x", shape=(2,)).initialize(init="nope"))
p = gluon.Parameter("x", shape=(2, 2))
p.initialize()
attempt("shape change after init", lambda: setattr(p, "shape", (3, 3)))
attempt("shape same after init", lambda: setattr(p, "shape", (2, 2)))
attempt("shape zero merge after init", lambda: setattr(p, "shape", (0, 2)) or p.shape)
attempt("set_data other dtype", lambda: (p.set_data(nd.ones((2, 2), dtype="float64")), p.data().dtype)[1])
attempt("set_data numpy", lambda: (p.set_data(np.zeros((2, 2))), p.data().asnumpy().tolist())[1])
attempt("name readonly", lambda: setattr(p, "name", "y"))
attempt("dtype set", lambda: (setattr(p, "dtype", "float64"), p.dtype, p.data().dtype)[1:])
attempt("grad_req invalid type", lambda: setattr(p, "grad_req", None))
attempt("_reduce", lambda: p._reduce().shape)
attempt("repr after cast", lambda: (p.cast("float16"), repr(p))[1])
attempt("param eq self", lambda: p == p)
c = gluon.Constant("const", nd.array([1, 2]))
attempt("constant set grad_req", lambda: (setattr(c, "grad_req", "write"), c.grad_req)[1])
attempt("constant init", lambda: type(c.init).__name__)
attempt("constant np value", lambda: repr(gluon.Constant("k", np.array([1.0, 2.0], dtype="float64"))))
attempt("constant list int", lambda: repr(gluon.Constant("k2", [1, 2])))
attempt("param bad shape type", lambda: gluon.Parameter("b", shape="abc"))
attempt("param int shape", lambda: gluon.Parameter("b", shape=4).shape)
attempt("param bad grad_req", lambda: gluon.Parameter("b", grad_req="maybe"))
attempt("param bad dtype", lambda: gluon.Parameter("b", shape=(2,), dtype="nope").initialize())

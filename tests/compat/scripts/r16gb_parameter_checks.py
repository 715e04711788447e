"""Parameter, Constant and ParameterDict given wrong arguments: which check fires first and in what words."""
import numpy as np

import mxnet as mx
from mxnet import gluon, nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().tolist() if isinstance(r, nd.NDArray) else r)
    except Exception as e:
        print(label, "->", words(e))


def initialized(**kwargs):
    p = gluon.Parameter("w", shape=(2,), **kwargs)
    p.initialize(init="ones")
    return p


attempt("bad stype and grad_stype", lambda: gluon.Parameter("w", stype="y", grad_stype="z"))
attempt("bad grad_req and stype", lambda: gluon.Parameter("w", grad_req="x", stype="y"))
attempt("bad stype", lambda: gluon.Parameter("w", stype="csv"))
attempt("differentiable False, add", lambda: gluon.Parameter("w", differentiable=False, grad_req="add").grad_req)
attempt("shape None 2", lambda: repr(gluon.Parameter("w", shape=(None, 2))))
bads = ["None", "3", "'x'", "[]", "[3]", "mx.cpu(1)", "[mx.cpu(0), 'a']", "mx.gpu(0)", "{}", "1.5", "True",
        "np.float32", "'float16'"]
for b in bads:
    value = eval(b)
    attempt(f"initialize ctx={b}", lambda: (lambda p: (p.initialize(ctx=value), p.list_ctx())[1])(gluon.Parameter("w", shape=(2,))))
    attempt(f"initialize init={b}", lambda: (lambda p: (p.initialize(init=value), p.data())[1])(gluon.Parameter("w", shape=(2,))))
    attempt(f"reset_ctx {b}", lambda: (lambda p: (p.reset_ctx(value), p.list_ctx())[1])(initialized()))
    attempt(f"set_data {b}", lambda: (lambda p: (p.set_data(value), p.data())[1])(initialized()))
    attempt(f"cast {b}", lambda: (lambda p: (p.cast(value), p.data())[1])(initialized()))
    attempt(f"data {b}", lambda: initialized().data(value))
    attempt(f"grad_req = {b}", lambda: (lambda p: (setattr(p, "grad_req", value), p.grad_req)[1])(initialized()))
    attempt(f"shape = {b}", lambda: (lambda p: (setattr(p, "shape", value), p.shape)[1])(gluon.Parameter("w", shape=(2, 0))))
    attempt(f"Parameter shape={b}", lambda: (lambda p: (repr(p), p.initialize(), p.data().shape))(gluon.Parameter("w", shape=value)))
    attempt(f"Parameter dtype={b}", lambda: repr(gluon.Parameter("w", shape=(2,), dtype=value)))
    attempt(f"Constant {b}", lambda: (lambda c: (repr(c), c.initialize(), c.data()))(gluon.Constant("c", value)))
    attempt(f"ParameterDict.get {b}", lambda: repr(gluon.ParameterDict("a_").get(value)))
    attempt(f"ParameterDict.update {b}", lambda: repr((lambda d: (d.update(value), d)[1])(gluon.ParameterDict("a_"))))

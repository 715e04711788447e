"""Block methods given arguments of the wrong kind: initialize, hybridize, save/load_parameters, collect_params,
hooks, apply, cast, export, register_child, summary, infer_shape and the call itself."""
import os
import tempfile

import numpy as np

import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().tolist() if isinstance(r, nd.NDArray) else r)
    except Exception as e:
        print(label, "->", words(e))


def fresh():
    return nn.Dense(2, in_units=2)


def ready():
    n = nn.Dense(2, in_units=2)
    n.initialize("ones")
    return n


def run(n):
    return n(nd.ones((1, 2)))


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for b in ["None", "3", "'x'", "[]", "[3]", "mx.cpu(1)", "[mx.cpu(0), 'a']", "mx.gpu(0)", "{}", "1.5", "True",
              "np.float32", "'float16'", "nd.ones(2)"]:
        v = eval(b)
        attempt(f"initialize(ctx={b})", lambda: (lambda n: (n.initialize(ctx=v), n.weight.list_ctx())[1])(fresh()))
        attempt(f"initialize(init={b})", lambda: (lambda n: (n.initialize(init=v), n.weight.data())[1])(fresh()))
        attempt(f"hybridize(active={b})", lambda: (lambda n: (n.hybridize(active=v), run(n))[1])(ready()))
        attempt(f"load_parameters(ctx={b})", lambda: (lambda n: (n.save_parameters("a.params"), n.load_parameters("a.params", ctx=v), n.weight.list_ctx())[2])(ready()))
        attempt(f"collect_params({b})", lambda: list(ready().collect_params(v).keys()))
        attempt(f"register_forward_hook({b})", lambda: (lambda n: (n.register_forward_hook(v), run(n))[1])(ready()))
        attempt(f"register_forward_pre_hook({b})", lambda: (lambda n: (n.register_forward_pre_hook(v), run(n))[1])(ready()))
        attempt(f"apply({b})", lambda: type(ready().apply(v)).__name__)
        attempt(f"cast({b})", lambda: (lambda n: (n.cast(v), n.weight.dtype)[1])(ready()))
        attempt(f"register_child({b})", lambda: (lambda n: (n.register_child(v), repr(n))[1])(ready()))
        attempt(f"summary({b})", lambda: ready().summary(v))
        attempt(f"infer_shape({b})", lambda: (lambda n: (n.infer_shape(v), n.weight.shape)[1])(nn.Dense(2)))
        attempt(f"call({b})", lambda: ready()(v))
        attempt(f"hybridized call({b})", lambda: (lambda n: (n.hybridize(), n(v))[1])(ready()))
    for b in ["None", "3", "[3]"]:
        v = eval(b)
        attempt(f"save_parameters({b})", lambda: ready().save_parameters(v))
        attempt(f"load_parameters({b})", lambda: ready().load_parameters(v))
    attempt("hybridize(foo=1)", lambda: ready().hybridize(foo=1))
    attempt("hybridize(static_alloc='yes')", lambda: (lambda n: (n.hybridize(static_alloc="yes"), run(n))[1])(ready()))
    attempt("Sequential.hybridize(foo=1)", lambda: (lambda s: (s.add(ready()), s.hybridize(foo=1), "ok")[2])(nn.Sequential()))
    attempt("call with two inputs", lambda: ready()(nd.ones((1, 2)), nd.ones((1, 2))))
    attempt("hybridized call with two inputs", lambda: (lambda n: (n.hybridize(), n(nd.ones((1, 2)), nd.ones((1, 2)))))(ready()))
    attempt("call with a keyword", lambda: ready()(x=nd.ones((1, 2))))
    attempt("call with nothing", lambda: ready()())
    attempt("Block without forward", lambda: gluon.Block()(nd.ones(1)))
    attempt("HybridBlock without hybrid_forward", lambda: gluon.HybridBlock()(nd.ones(1)))
    os.chdir("/")

"""Constants inside blocks (forward, gradient, cast, save, export, Trainer) and parameters on several contexts
(what save, export and zero_grad take, forward on another context, data() outside and inside a context)."""
import os
import tempfile

import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, dict):
            r = {k: v.asnumpy().tolist() for k, v in sorted(r.items())}
        print(label, "->", r.asnumpy().tolist() if isinstance(r, nd.NDArray) else r)
    except Exception as e:
        print(label, "->", words(e))


class WithConstant(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.c = self.params.get_constant("c", [[1, 2], [3, 4]])
            self.w = self.params.get("w", shape=(2, 2), init="ones")

    def hybrid_forward(self, F, x, c, w):
        return F.dot(x, c) + w


x = nd.array([[1, 0], [0, 1]])
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    m = WithConstant()
    m.initialize()
    attempt("forward", lambda: m(x))
    print(repr(m.collect_params()), [(k, v.grad_req) for k, v in m.collect_params().items()])
    m.hybridize()
    with autograd.record():
        y = m(x)
    y.backward()
    attempt("w grad", lambda: m.w.grad())
    attempt("c grad", lambda: m.c.grad())
    trainer = gluon.Trainer(m.collect_params(), "sgd", {"learning_rate": 1})
    trainer.step(1)
    attempt("after a step", lambda: [m.c.data().asnumpy().tolist(), m.w.data().asnumpy().tolist()])
    m.save_parameters("c.params")
    attempt("saved", lambda: nd.load("c.params"))
    m.export("ce")
    attempt("exported", lambda: nd.load("ce-0000.params"))
    block = gluon.SymbolBlock.imports("ce-symbol.json", ["data"], "ce-0000.params")
    attempt("imported", lambda: block(x))
    print([(k, v.grad_req) for k, v in block.collect_params().items()])
    m.cast("float64")
    attempt("cast", lambda: [m.c.dtype, m(x.astype("float64"))])
    nd.save("w.params", {"w": nd.ones((2, 2))})
    attempt("load without the constant", lambda: WithConstant().load_parameters("w.params"))
    c = gluon.Constant("k", [1, 2])
    c.initialize()
    c.data()[:] = 9
    c.initialize(force_reinit=True)
    attempt("constant reinitialized", lambda: c.data())
    c.set_data(nd.array([5, 6]))
    attempt("constant set_data", lambda: c.data())
    attempt("constant int32", lambda: (lambda k: (repr(k), k.initialize(), k.data())[2])(gluon.Constant("i", nd.array([1, 2], dtype="int32"))))

    n = nn.Dense(1, in_units=1)
    n.initialize("ones", ctx=[mx.cpu(0), mx.cpu(1)])
    n.weight.data(mx.cpu(1))[:] = 5
    n.save_parameters("m.params")
    attempt("saved from two contexts", lambda: nd.load("m.params"))
    for g in n.weight.list_grad():
        g[:] = 3
    n.collect_params().zero_grad()
    attempt("zero_grad on both", lambda: [g.asnumpy().tolist() for g in n.weight.list_grad()])
    n.hybridize()
    attempt("forward on cpu(1)", lambda: [n(nd.ones((1, 1), ctx=mx.cpu(1))).context, n(nd.ones((1, 1), ctx=mx.cpu(1)))])
    attempt("forward on cpu(2)", lambda: n(nd.ones((1, 1), ctx=mx.cpu(2))))
    n.export("mc")
    attempt("exported from two contexts", lambda: nd.load("mc-0000.params"))
    far = nn.Dense(1, in_units=1)
    far.initialize("ones", ctx=[mx.cpu(1), mx.cpu(2)])
    attempt("data() outside its contexts", lambda: far.weight.data())
    with mx.cpu(2):
        attempt("data() inside cpu(2)", lambda: far.weight.data().context)
    os.chdir("/")

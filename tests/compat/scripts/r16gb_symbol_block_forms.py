"""SymbolBlock built from symbols and files: Module checkpoints ('arg:'/'aux:' keys), parameter files keyed by
structure or by name, input orders, unknown inputs, aux states and wrong inputs."""
import json
import os
import tempfile

import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().tolist() if isinstance(r, nd.NDArray) else r)
    except Exception as e:
        print(label, "->", words(e).replace(tmp, "TMP"))


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    x = mx.sym.var("data")
    y = mx.sym.relu(mx.sym.BatchNorm(mx.sym.FullyConnected(x, num_hidden=2, name="fc"), name="bn"), name="r")
    arg = {"fc_weight": nd.ones((2, 3)), "fc_bias": nd.zeros(2), "bn_gamma": nd.ones(2), "bn_beta": nd.zeros(2)}
    aux = {"bn_moving_mean": nd.zeros(2), "bn_moving_var": nd.ones(2)}
    mx.model.save_checkpoint("ck", 3, y, arg, aux)
    print(sorted(os.listdir(".")), sorted(nd.load("ck-0003.params").keys()))
    block = gluon.SymbolBlock.imports("ck-symbol.json", ["data"], "ck-0003.params")
    print(sorted(block.collect_params().keys()), [(k, v.grad_req) for k, v in block.collect_params().items()])
    attempt("imported forward", lambda: block(nd.ones((1, 3))))
    attempt("imported wrong input name", lambda: gluon.SymbolBlock.imports("ck-symbol.json", ["x"], "ck-0003.params"))
    attempt("imported input as str", lambda: gluon.SymbolBlock.imports("ck-symbol.json", "data", "ck-0003.params")(nd.ones((1, 3))))
    attempt("load_parameters of a checkpoint", lambda: (lambda s: (s.load_parameters("ck-0003.params"), s(nd.ones((1, 3))))[1])(gluon.SymbolBlock(y, x)))
    attempt("ParameterDict.load of a checkpoint", lambda: (lambda s: (s.collect_params().load("ck-0003.params"), s(nd.ones((1, 3))))[1])(gluon.SymbolBlock(y, x)))
    attempt("Dense from a checkpoint", lambda: (lambda d: (d.load_parameters("ck-0003.params", ignore_extra=True), d.weight.data())[1])(nn.Dense(2, prefix="fc_")))
    attempt("Dense from a checkpoint, extra", lambda: nn.Dense(2, prefix="fc_").load_parameters("ck-0003.params"))
    nd.save("ap.params", {"arg:dense0_weight": nd.ones((2, 2)), "aux:dense0_bias": nd.zeros(2)})
    attempt("arg:/aux: keys into a Dense", lambda: (lambda d: (d.load_parameters("ap.params"), d.weight.data())[1])(nn.Dense(2, prefix="dense0_")))
    nd.save("dk.params", {"0.weight": nd.ones((2, 2)), "0.bias": nd.zeros(2), "1.weight": nd.ones(1)})
    attempt("structural keys, extra", lambda: (lambda n: (n.add(nn.Dense(2)), n.load_parameters("dk.params")))(nn.HybridSequential()))

    a, b = mx.sym.var("a"), mx.sym.var("b")
    attempt("inputs in another order", lambda: gluon.SymbolBlock(a - b, [b, a])(nd.ones(1), nd.zeros(1)))
    attempt("one input of two given", lambda: gluon.SymbolBlock(a + b, [a, b])(nd.ones(1)))
    attempt("output is the input", lambda: gluon.SymbolBlock(a, a)(nd.ones(2)))
    attempt("input is not a variable", lambda: gluon.SymbolBlock(mx.sym.relu(a), mx.sym.relu(a)))
    attempt("params not a ParameterDict", lambda: gluon.SymbolBlock(a * b, a, params={"b": 1}))
    w = mx.sym.var("w")
    free = gluon.SymbolBlock(a * w, a)
    print(sorted(free.collect_params().keys()))
    free.initialize("ones")
    attempt("a free variable becomes a parameter", lambda: free(nd.array([2, 3])))
    bn = gluon.SymbolBlock(mx.sym.BatchNorm(a, name="bn"), a)
    print([(k, v.grad_req) for k, v in bn.collect_params().items()])
    fc = gluon.SymbolBlock(mx.sym.relu(mx.sym.FullyConnected(a, num_hidden=2, name="fc")), a)
    print(repr(fc), fc.name)
    fc.initialize("ones")
    fc.cast("float64")
    attempt("cast to float64", lambda: fc(nd.ones((1, 2), dtype="float64")))
    fc.hybridize()
    attempt("hybridized", lambda: fc(nd.ones((1, 2), dtype="float64")))
    fc.export("fc")
    nodes = json.load(open("fc-symbol.json"))["nodes"]
    print([n["name"] for n in nodes], sorted(nd.load("fc-0000.params").keys()))
    open("bad-symbol.json", "w").write("{}")
    attempt("imports a json without nodes", lambda: gluon.SymbolBlock.imports("bad-symbol.json", ["data"]))
    os.chdir("/")

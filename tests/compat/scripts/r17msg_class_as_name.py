"""A class, a module or a number given where MXNet reads a file name, a context or a handle fails with Python's own
AttributeError words (a class reads "type object 'Dense'"), and Trainer names the class it was given."""
import numpy as np
import mxnet as mx
from mxnet import gluon, nd


def attempt(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).splitlines()[-1])


Dense = gluon.nn.Dense
attempt("nd.save class", lambda: nd.save(Dense, [nd.ones(2)]))
attempt("nd.save int", lambda: nd.save(5, [nd.ones(2)]))
attempt("nd.save module", lambda: nd.save(np, [nd.ones(2)]))
attempt("recordio class", lambda: mx.recordio.MXRecordIO(Dense, "r"))
attempt("sym.save class", lambda: mx.sym.var("x").save(Dense))
attempt("sym.load class", lambda: mx.sym.load(Dense))
attempt("nd.array ctx int", lambda: nd.array([1], ctx=3))
attempt("autograd.backward numpy head", lambda: mx.autograd.backward([np.ones(2)]))
attempt("Trainer list of arrays", lambda: gluon.Trainer([nd.ones(2)], "sgd"))
attempt("Trainer array", lambda: gluon.Trainer(nd.ones(2), "sgd"))
attempt("Trainer int", lambda: gluon.Trainer(5, "sgd"))
net = Dense(2)
net.initialize()
attempt("save_parameters class", lambda: net.save_parameters(Dense))
attempt("load_parameters class", lambda: net.load_parameters(Dense))
attempt("export class", lambda: net.export(Dense))

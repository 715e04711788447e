"""vars() of a gluon Parameter and Constant list MXNet's attributes in MXNet's order; deepcopy of a Parameter keeps its data."""
# recorded on AVX2
import copy
import mxnet as mx
from mxnet import gluon, nd

p = gluon.Parameter("w", shape=(2,), grad_stype="row_sparse")
print("Parameter", list(vars(p)))
c = gluon.Constant("c", nd.ones(2))
print("Constant", list(vars(c)))
p.initialize(init="ones")
print("initialized", list(vars(p)))
print("stypes", p._stype, p._grad_stype, p.grad().stype)
q = copy.deepcopy(p)
print(q, q.data().asnumpy().tolist(), q.data() is p.data(), q.grad().stype)

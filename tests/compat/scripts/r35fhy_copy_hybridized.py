"""copy.deepcopy and pickle of a block refuse once a hybridized run made its CachedOp (reached from a child too)."""
# recorded on AVX2
import copy
import pickle
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn


def attempt(what, f):
    try:
        print(what, 'ok', type(f()).__name__)
    except Exception as e:
        print(what, type(e).__name__, e)


net = nn.HybridSequential()
with net.name_scope():
    net.add(nn.Dense(2, in_units=2))
net.initialize(mx.init.One())
attempt('deepcopy plain', lambda: copy.deepcopy(net))
attempt('pickle plain', lambda: pickle.dumps(net))
net.hybridize()
attempt('deepcopy hybridized, not run', lambda: copy.deepcopy(net))
net(nd.ones((1, 2)))
attempt('copy', lambda: copy.copy(net))
attempt('deepcopy', lambda: copy.deepcopy(net))
attempt('pickle', lambda: pickle.dumps(net))
attempt('deepcopy child', lambda: copy.deepcopy(net[0]))
attempt('copy cached op', lambda: copy.copy(net._cached_op))
attempt('deepcopy cached op', lambda: copy.deepcopy(net._cached_op))
net.hybridize(active=False)
attempt('deepcopy after active=False', lambda: copy.deepcopy(net))
dense = nn.Dense(2, in_units=2)
dense.initialize()
dense.hybridize()
dense(nd.ones((1, 2)))
attempt('deepcopy run dense', lambda: copy.deepcopy(dense))
op = nd.CachedOp(mx.sym.var('a') * 2)
attempt('nd.CachedOp deepcopy', lambda: copy.deepcopy(op))
attempt('nd.CachedOp pickle', lambda: pickle.dumps(op))
print(op(nd.ones((2,))))

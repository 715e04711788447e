"""Subgraph backends: get_backend_symbol of an unregistered name and optimize_for of the 'default' ones fail at MXNet's checks (with their traceback lines); optimize_for of an unknown name logs that it cannot be found and leaves the graph as it was (Symbol and HybridBlock)."""
# recorded on AVX2
import mxnet as mx
from mxnet.gluon import nn
from _stderr import stderr_of

data = mx.sym.var('data', shape=(2, 3, 4, 4))
graph = mx.sym.cos(mx.sym.exp(data)) + mx.sym.sin(mx.sym.exp(data))


def show(tag, call):
    result, log = stderr_of(call)
    print("==", tag)
    if isinstance(result, Exception):
        print("ERR", type(result).__name__, repr(str(result)))
    elif isinstance(result, mx.sym.Symbol):
        print(result.list_outputs(), result.tojson() == graph.tojson())
    else:
        print(result)
    for line in log:
        print("LOG", line)


for backend in ['bogus', 'TensorRT', 'default', 'default_v2', '']:
    show("get_backend_symbol " + backend, lambda: graph.get_backend_symbol(backend))
for backend in ['bogus', 'TensorRT', 'mkldnn', 'default', 'default_v2', '']:
    show("optimize_for " + backend, lambda: graph.optimize_for(backend))

x = mx.nd.ones((1, 5))
for backend in ['bogus', 'default']:
    def hybridized():
        mx.random.seed(0)
        net = nn.HybridSequential(prefix='n_')
        net.add(nn.Dense(3, activation='relu'), nn.Dense(2))
        net.initialize()
        net.hybridize(backend=backend)
        return net(x).asnumpy()
    show("hybridize " + backend, hybridized)

    def optimized():
        mx.random.seed(0)
        net = nn.HybridSequential(prefix='m_')
        net.add(nn.Dense(3, activation='relu'), nn.Dense(2))
        net.initialize()
        net.optimize_for(x, backend=backend)
        return net(x).asnumpy()
    show("block optimize_for " + backend, optimized)

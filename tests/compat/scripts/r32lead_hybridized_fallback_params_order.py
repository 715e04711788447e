"""A hybridized block given csr data runs its graph's operators one by one: their storage fallback lines list the
attributes in a graph node's map order, not an NDArray call's, and so are logged again after the imperative one."""
# recorded on AVX2
import mxnet as mx
import numpy as np
from mxnet.gluon import nn

from _stderr import stderr_of


def fallback_lines(call):
    result, lines = stderr_of(call)
    if isinstance(result, Exception):
        raise result
    return [line for line in lines if line.startswith(("operator", "input", "params"))]


x = mx.nd.array(np.eye(3, 10)).tostype("csr")
for hybridize in [False, True, True]:
    net = nn.HybridSequential()
    net.add(nn.Dense(6), nn.Dense(2, flatten=False))
    net.initialize()
    if hybridize:
        net.hybridize()
    print("hybridized" if hybridize else "imperative", fallback_lines(lambda: net(x).shape))
conv = nn.HybridSequential()
conv.add(nn.Dense(4, use_bias=False))
conv.initialize()
conv.hybridize()
print("no bias", fallback_lines(lambda: conv(x).shape))
w = mx.nd.ones((5, 10))
print("nd call without bias", fallback_lines(lambda: mx.nd.FullyConnected(x, w, None, no_bias=True, num_hidden=5).shape))

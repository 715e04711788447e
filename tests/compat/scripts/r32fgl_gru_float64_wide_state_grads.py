"""float64 GRU layers of more than 256 gates (hidden > 85) train as MXNet's native kernel: the state gradient's
product adds onto the update gate's direct part, and a reverse direction's data gradient onto the forward's, block
by block of the gemm's inner dimension."""
# recorded on AVX2
import hashlib

import mxnet as mx
import numpy as np
from mxnet import autograd, nd
from mxnet.gluon import rnn


def digest(a):
    a = a.asnumpy()
    return hashlib.md5(a.tobytes()).hexdigest()[:12], float(a.sum())


for hidden, units, steps, batch, kwargs in [(85, 4, 2, 2, {}), (86, 4, 2, 2, {}), (88, 4, 2, 1, {}), (100, 3, 3, 2, {}),
                                            (300, 16, 3, 2, {}), (90, 5, 3, 2, dict(bidirectional=True))]:
    mx.random.seed(0)
    np.random.seed(0)
    net = rnn.GRU(hidden, dtype="float64", **kwargs)
    net.initialize(mx.init.Xavier())
    x = nd.array(np.random.randn(steps, batch, units), dtype="float64")
    x.attach_grad()
    with autograd.record():
        y = net(x)
        loss = (y * y).mean()
    loss.backward()
    print(hidden, units, steps, batch, kwargs, digest(y), digest(x.grad))
    for name, p in sorted(net.collect_params().items()):
        print("  ", name, digest(p.grad()))

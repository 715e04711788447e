"""gluon.nn.Lambda and HybridLambda over an operator name refuse non-NDArray inputs (numpy, int, str, Symbol, list, None) as MXNet does."""
import numpy as np
import mxnet as mx
from mxnet import gluon, nd
for cls in (gluon.nn.Lambda, gluon.nn.HybridLambda):
    for name in ('relu', 'tanh'):
        for x in (np.ones((2,)), 3, 'a', mx.sym.var('x'), [1.0, 2.0], None):
            blk = cls(name)
            try:
                r = blk(x)
                print(cls.__name__, name, type(x).__name__, 'ok', type(r).__name__, r)
            except Exception as e:
                print(cls.__name__, name, type(x).__name__, type(e).__name__, str(e).splitlines()[0][:200])
print(gluon.nn.Lambda('relu')(nd.array([-1, 2])).asnumpy(), gluon.nn.Lambda('add')(nd.ones(2), nd.ones(2)).asnumpy())

"""dir() of np.random, nd.random, npx.random, sym.random, mx.random and the linalg modules lists MXNet's names, private ones included, as a tutorial's documentation lookup prints them."""
import mxnet as mx
from mxnet import nd, np, npx

# the documentation lookup of the tutorials: every name of the module, dunders and private ones included
print(dir(np.random))
print(dir(nd.random))
for module in (npx.random, mx.sym.random, mx.random, np.linalg, nd.linalg, mx.sym.linalg):
    print(module.__name__.replace('distnet', 'mxnet'), dir(module))

# the private names listed are the modules and helpers MXNet's modules hold
print(np.random._mx_nd_np is mx.nd.np, np.linalg._mx_nd_np is mx.nd.np)
print(npx.random._mx_rand is mx.random, npx.random._mx_nd_npx is mx.nd.npx, npx.random.__all__)
print(nd.random._internal is mx.nd._internal, mx.sym.random._internal is mx.sym._internal)
print(callable(nd.random._random_helper), callable(mx.sym.random._random_helper))

# filtering the listing as the tutorials advise leaves the samplers
print([name for name in dir(np.random) if not name.startswith('_')])
print([name for name in dir(nd.random) if not name.startswith('__')])

"""inspect.signature of mx.np reductions and rearrangements shows MXNet's documented parameters (defaults None, False, 0), as MXNet's do."""
import inspect
import mxnet as mx
from mxnet import np
for n in ['cumsum', 'sum', 'prod', 'product', 'max', 'amax', 'min', 'amin', 'all', 'any', 'sometrue', 'transpose', 'squeeze', 'reshape', 'repeat', 'roll', 'diag', 'diagonal', 'trace', 'moveaxis']:
    f = getattr(np, n)
    print(n, inspect.signature(f))

"""An operator given out= as a list or tuple returns that list or tuple (update ops included), as MXNet returns out= as given."""
import mxnet as mx
from mxnet import nd

x = nd.array([1.0, -2.0])
for name, call in [('relu', lambda o: nd.relu(x, out=o)), ('exp', lambda o: nd.exp(x, out=o)),
                   ('broadcast_add', lambda o: nd.broadcast_add(x, x, out=o)),
                   ('sgd_update', lambda o: nd.sgd_update(x, x, lr=0.1, out=o)),
                   ('adam_update', lambda o: nd.adam_update(x, x, nd.zeros(2), nd.zeros(2), lr=0.1, out=o))]:
    for target in ([nd.zeros(2)], (nd.zeros(2),), nd.zeros(2)):
        result = call(target)
        print(name, type(result).__name__, result is target, type(result[0]).__name__ if isinstance(result, (list, tuple)) else '',
              (result[0] if isinstance(result, (list, tuple)) else result).asnumpy().tolist())

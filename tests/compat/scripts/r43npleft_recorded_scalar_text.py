"""Under autograd.record an mx.np array with a Python (or NumPy) number records the number as given in its scalar node's attribute (not cast to the array's type), as autograd.get_symbol shows."""
import json
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()
x = np.array([1., 2., 3.])
x.attach_grad()


def nodes(y):
    return [n['op'] + ' ' + str(n.get('attrs')) for n in json.loads(autograd.get_symbol(y).tojson())['nodes']][2:]


for dt in ('float16', 'float32', 'float64', 'int32', 'int64', 'uint8'):
    with autograd.record():
        b = x.astype(dt)
        y = b * 0.1 + 1e-7 - 1e30
        y = np.maximum(y, 0.3) ** 1.1
        y = y - np.int64(2 ** 40 + 1) + np.float64(0.7)
        z = np.minimum(3 - b, -1.5) % 2.5 + True
        n, p = -b, 2 ** b
    print(dt, repr(y.dtype))
    print(' ', nodes(y))
    print(' ', nodes(z))
    print(' ', nodes(n), nodes(p))

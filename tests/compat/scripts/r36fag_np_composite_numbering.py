"""mx.np tensordot, inner, trace, diff and ediff1d each take one node number when recorded (MXNet runs each as one operator), so the ops recorded after them keep MXNet's numbers; their gradients."""
import json
import mxnet as mx
from mxnet import autograd as ag, np, npx

npx.set_np()
a = np.array([[1., 2., 0.5], [0.3, 1., 1.], [0.2, 1., 2.]])
a.attach_grad()


def last_number(y):
    return [n['name'] for n in json.loads(ag.get_symbol(y).tojson())['nodes'] if n['op'] != 'null'][-1]


for label, fn in [('tensordot', lambda: np.tensordot(a, a)), ('tensordot 1', lambda: np.tensordot(a, a, axes=1)),
                  ('tensordot lists', lambda: np.tensordot(a, a, axes=([0], [1]))), ('inner', lambda: np.inner(a, a)),
                  ('inner 1-d', lambda: np.inner(a[0], a[1])), ('trace', lambda: np.trace(a)),
                  ('trace offset', lambda: np.trace(a, offset=1)), ('diff', lambda: np.diff(a)),
                  ('diff n=2', lambda: np.diff(a, n=2, axis=0)), ('ediff1d', lambda: np.ediff1d(a))]:
    with ag.record():
        res = fn()
        after = np.exp(a)
    print(label, res.shape, 'next op', last_number(after))
    res.backward()
    print('  gradient', a.grad.round(4).tolist())

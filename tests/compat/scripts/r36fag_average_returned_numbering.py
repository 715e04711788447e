"""np.average(returned=True) records one operator: its sum of weights is that node's second output (same node number, get_symbol shows output 1), so later ops keep MXNet's numbers."""
import json
import mxnet as mx
from mxnet import autograd as ag, np, npx

npx.set_np()


def shown(y):
    js = json.loads(ag.get_symbol(y).tojson())
    return [(n['name'], n['op'], n.get('attrs')) for n in js['nodes'] if n['op'] != 'null'], js['heads']


a = np.array([[1., 2.], [3., 4.]])
a.attach_grad()
w = np.array([1., 3.])
w.attach_grad()
for kw in [{}, {'axis': 0}, {'axis': 1, 'weights': w}, {'axis': None, 'weights': np.array([[1., 2.], [3., 4.]])}]:
    with ag.record():
        avg, scl = np.average(a, returned=True, **kw)
        after = np.exp(a)
    print(sorted(kw), 'average', shown(avg))
    print(sorted(kw), 'sum of weights', shown(scl))
    print(sorted(kw), 'next op', shown(after))
    scl.backward()
    print(sorted(kw), 'gradients', a.grad.tolist(), w.grad.tolist())

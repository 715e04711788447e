"""mx.np.linalg eigvalsh, eigh, eig, eigvals and pinv each record one operator (one node number for all its outputs), so the ops recorded after them keep MXNet's node numbers."""
import json
import mxnet as mx
from mxnet import autograd as ag, np, npx

npx.set_np()
a = np.array([[2., 1.], [1., 3.]])
a.attach_grad()


def numbers(y):
    return [n['name'] for n in json.loads(ag.get_symbol(y).tojson())['nodes'] if n['op'] != 'null']


for label, fn in [('eigvalsh', lambda: np.linalg.eigvalsh(a)), ('eigh', lambda: np.linalg.eigh(a)),
                  ('eig', lambda: np.linalg.eig(a)), ('pinv', lambda: np.linalg.pinv(a)),
                  ('eigvals', lambda: np.linalg.eigvals(a)), ('eigvalsh U', lambda: np.linalg.eigvalsh(a, 'U'))]:
    with ag.record():
        res = fn()
        after = np.exp(a)
        loss = after.sum()
    outs = res if isinstance(res, (tuple, list)) else (res,)
    print(label, [numbers(o) for o in outs], numbers(after), numbers(loss))
    loss.backward()
    print('  gradient', a.grad.round(4).tolist())

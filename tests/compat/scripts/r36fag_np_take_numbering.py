"""A recorded np.take without axis takes two node numbers (MXNet flattens with a reshape first), with an axis one, so later ops keep MXNet's numbers; gradients per mode."""
import mxnet as mx, json
from mxnet import np, npx, autograd as ag
npx.set_np()
a = np.array([[2., 1.], [1., 3.]]); a.attach_grad()
def num(y):
    return [n['name'] for n in json.loads(ag.get_symbol(y).tojson())['nodes'] if n['op'] != 'null']
for label, fn in [('take', lambda: np.take(a, np.array([0, 1]))), ('take ax', lambda: np.take(a, np.array([0, 1]), axis=1)),
                  ('take clip', lambda: np.take(a, np.array([0, 5]), mode='clip')), ('take wrap ax0', lambda: np.take(a, np.array([[0, 3]]), axis=0, mode='wrap'))]:
    with ag.record():
        r = fn()
        z = np.exp(a)
    print(label, num(z)); r.backward(); print(a.grad)

"""A recorded np.pad shows as MXNet's _npi_pad with its attributes (pad_width as given), and constant mode takes a second node number as MXNet's, so later ops keep MXNet's numbers."""
import json
import mxnet as mx
from mxnet import autograd as ag, np, npx

npx.set_np()
a = np.array([[2., 1.], [1., 3.]])
a.attach_grad()
b = np.array([[2., 1.], [1., 3.]])


def shown(y):
    return [(n['name'], n['op'], n.get('attrs')) for n in json.loads(ag.get_symbol(y).tojson())['nodes']
            if n['op'] != 'null']


for mode in ['constant', 'edge', 'reflect', 'symmetric', 'maximum', 'minimum']:
    for width in [((1, 1), (0, 0)), ((1, 0), [0, 1])]:
        with ag.record():
            padded = np.pad(a, width, mode=mode)
            unrecorded = np.pad(b, width, mode=mode)
            after = np.exp(a)
        print(mode, width, shown(padded), shown(after))
        if mode == 'constant':
            padded.backward()
            print('  gradient', a.grad.tolist())

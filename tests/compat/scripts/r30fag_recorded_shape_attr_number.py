"""A Shape parameter given as one number (flip's axis, tile's reps, slice's begin/end, reshape's shape) is written back as that number in autograd.get_symbol's recorded graph, as MXNet keeps the text given."""
# recorded on AVX2
import json
import mxnet as mx
from mxnet import nd, autograd as ag

x = nd.array([[0.2, 0.9], [0.5, 0.7]])
x.attach_grad()
calls = {'flip 0': lambda: nd.flip(x, 0), 'flip axis=1': lambda: nd.flip(x, axis=1), 'reverse (0,)': lambda: nd.reverse(x, axis=(0,)),
         'x.flip(0)': lambda: x.flip(0), 'flip [0, 1]': lambda: nd.flip(x, axis=[0, 1]),
         'tile 2': lambda: nd.tile(x, 2), 'x.tile(3)': lambda: x.tile(3), 'reshape shape=4': lambda: nd.reshape(x, shape=4),
         'x.reshape(4)': lambda: x.reshape(4), 'slice 0:1': lambda: nd.slice(x, begin=0, end=1),
         'transpose (1, 0)': lambda: nd.transpose(x, axes=(1, 0)), 'expand_dims 0': lambda: nd.expand_dims(x, axis=0)}
for name, call in calls.items():
    with ag.record():
        y = call()
    nodes = json.loads(ag.get_symbol(y).tojson())['nodes']
    print(name, y.shape, [(n['op'], n.get('attrs')) for n in nodes if n['op'] != 'null'])
    y.backward()
    print("   ", x.grad.asnumpy().tolist())

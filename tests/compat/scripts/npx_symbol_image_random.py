"""Hybridized blocks calling F.npx.image, F.npx.random, F.npx.nonzero and F.npx.constraint_check: the nodes
they build and what they compute (samplers seeded)."""
import json

import mxnet as mx
from mxnet import np, npx

from _hybrid_call import Call

npx.set_np()


img = np.array([[[10, 20, 30], [40, 50, 60]], [[70, 80, 90], [100, 110, 120]]], dtype='uint8')
CASES = [
    ('to_tensor', lambda F, x: F.npx.image.to_tensor(x), [img]),
    ('normalize', lambda F, x: F.npx.image.normalize(F.npx.image.to_tensor(x), mean=(0.5, 0.4, 0.3), std=(0.2, 0.2, 0.2)), [img]),
    ('flips', lambda F, x: F.npx.image.flip_left_right(x) + F.npx.image.flip_top_bottom(x), [img.astype('float32')]),
    ('crop', lambda F, x: F.npx.image.crop(x, 0, 1, 2, 1), [img]),
    ('resize', lambda F, x: F.npx.image.resize(x, size=(3, 3)), [img]),
    ('adjust_lighting', lambda F, x: F.npx.image.adjust_lighting(x, alpha=(0.1, 0.2, 0.3)), [img.astype('float32')]),
    ('bernoulli', lambda F, x: F.npx.random.bernoulli(prob=x, size=(2, 3)), [np.array([0.1, 0.5, 0.9])]),
    ('bernoulli_logit', lambda F, x: F.npx.random.bernoulli(logit=x), [np.array([-2., 0., 2.])]),
    ('normal_n', lambda F, x, s: F.npx.random.normal_n(x, s, batch_shape=(2,)), [np.array([0., 10.]), np.array([1., 2.])]),
    ('uniform_n', lambda F, x: x + F.npx.random.uniform_n(0., 1., batch_shape=(2,)), [np.zeros((2,))]),
    ('nonzero', lambda F, x: F.npx.nonzero(x), [np.array([[0, 1], [2, 0]])]),
    ('constraint_ok', lambda F, x: F.npx.constraint_check(x > -1, 'negative'), [np.array([1., 2.])]),
]
for name, fn, inputs in CASES:
    mx.random.seed(7)
    net = Call(fn)
    net.hybridize()
    try:
        out = net(*inputs)
        values = out.asnumpy()
        print(name, out.dtype.name, out.shape, (values if values.dtype == bool else values.round(4)).tolist())
    except (mx.base.MXNetError, ValueError) as e:
        print(name, type(e).__name__, [line for line in str(e).splitlines() if line.strip()][-1].split(': ')[-1])
    nodes = json.loads(net._cached_graph[1].tojson())['nodes']
    print('   ', [(n['op'], n.get('attrs', {})) for n in nodes if n['op'] != 'null'])

"""mx.np dot/matmul/tensordot/inner/outer/vdot each record MXNet's one operator (get_symbol ops and attributes), and a second order meets that operator's backward."""
import json

import mxnet as mx
from mxnet import autograd, np, npx

npx.set_np()


def operands(*shapes):
    xs = []
    for s in shapes:
        n = 1
        for d in s:
            n *= d
        x = np.arange(1, n + 1, dtype='float32').reshape(s) / 8
        x.attach_grad()
        xs.append(x)
    return xs


CASES = [
    ('dot 2x2', np.dot, (2, 3), (3, 4)),
    ('dot 1x1', np.dot, (3,), (3,)),
    ('dot 3x2', np.dot, (2, 2, 3), (3, 4)),
    ('dot 3x3', np.dot, (2, 2, 3), (2, 3, 4)),
    ('dot 0-d', np.dot, (), (3,)),
    ('dot method', lambda a, b: a.dot(b), (2, 3), (3,)),
    ('matmul 2x2', np.matmul, (2, 3), (3, 4)),
    ('matmul 1x2', np.matmul, (3,), (3, 4)),
    ('matmul 3x1', np.matmul, (2, 2, 3), (3,)),
    ('matmul bcast', np.matmul, (2, 1, 2, 3), (3, 3, 2)),
    ('matmul @', lambda a, b: a @ b, (2, 3), (3, 4)),
    ('tensordot 2', np.tensordot, (2, 3, 4), (3, 4, 2)),
    ('tensordot 0', lambda a, b: np.tensordot(a, b, 0), (2, 3), (3,)),
    ('tensordot pairs', lambda a, b: np.tensordot(a, b, ([1, 0], [0, 1])), (2, 3, 4), (3, 2, 2)),
    ('tensordot negative', lambda a, b: np.tensordot(a, b, ([-1], [-2])), (2, 3), (3, 2)),
    ('tensordot ints', lambda a, b: np.tensordot(a, b, (1, 0)), (2, 3), (3,)),
    ('tensordot 0-d', lambda a, b: np.tensordot(a, b, 1), (), (2, 3)),
    ('inner', np.inner, (2, 3), (4, 3)),
    ('inner 1-d', np.inner, (3,), (3,)),
    ('outer', np.outer, (2, 3), (4,)),
    ('vdot', np.vdot, (2, 3), (3, 2)),
]

for name, f, *shapes in CASES:
    xs = operands(*shapes)
    with autograd.record():
        y = f(*xs)
    nodes = json.loads(autograd.get_symbol(y).tojson())['nodes']
    print(name, y.shape, [(n['op'], n['name'], n.get('attrs', {})) for n in nodes if n['op'] != 'null'])
    xs = operands(*shapes)
    try:
        with autograd.record():
            y = f(*xs)
            grads = autograd.grad(y, xs, create_graph=True, retain_graph=True)
            z = sum(g.sum() for g in grads)
        z.backward()
        print('  second order:', [x.grad for x in xs])
    except mx.MXNetError as e:
        print('  second order:', [line for line in str(e).splitlines() if 'Operator' in line][-1])

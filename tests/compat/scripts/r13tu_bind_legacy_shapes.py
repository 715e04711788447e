"""Legacy shapes in a bound executor: 0-d inputs run, 0 dimensions (unknown) fail bind, head gradients of a 0-d output; 0-d writes."""
import numpy as np
import mxnet as mx
from mxnet import test_utils as tu


def first_line(e):
    lines = [l for l in str(e).replace('MXNetError: ', '').split('\n') if l and not l.startswith('Traceback') and not l.startswith('  File')]
    return lines[0] if lines else ''


def t(label, s, args, grads=None, heads=None):
    try:
        ex = s.bind(mx.cpu(), args, args_grad=grads)
        ex.forward(is_train=grads is not None)
        o = ex.outputs[0]
        r = (o.shape, o.asnumpy().tolist())
        if grads is not None:
            ex.backward(heads)
            r = r + ([g.asnumpy().tolist() for g in ex.grad_arrays],)
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, first_line(e))


x, y = mx.sym.var('x'), mx.sym.var('y')
S = lambda v: mx.nd.array(np.array(v))
E = mx.nd.array(np.zeros((0, 2)))
t('square', mx.sym.square(x), {'x': S(3.0)})
t('add scalar', x + 1, {'x': S(3.0)})
t('add two', x + y, {'x': S(3.0), 'y': S(2.0)})
t('broadcast', mx.sym.broadcast_add(x, y), {'x': S(3.0), 'y': mx.nd.ones((2,))})
t('sum', mx.sym.sum(x), {'x': S(3.0)})
t('reshape', mx.sym.reshape(x, shape=(1,)), {'x': S(3.0)})
t('exp grad', mx.sym.exp(x), {'x': S(1.0)}, {'x': S(0.0)}, [S(1.0)])
t('square grad', mx.sym.square(x), {'x': S(3.0)}, {'x': S(0.0)}, [S(2.0)])
for hs in [(3,), (1,), ()]:
    t('0-d output head %s' % (hs,), mx.sym.square(x), {'x': S(3.0)}, {'x': S(0.0)}, [mx.nd.array(np.ones(hs))])
t('(1,) output head ()', mx.sym.square(x), {'x': mx.nd.ones(1)}, {'x': mx.nd.zeros(1)}, [S(1.0)])
t('empty sum', mx.sym.sum(x), {'x': E})
t('empty sum of square', mx.sym.sum(mx.sym.square(x)), {'x': E})
t('empty shape_array', mx.sym.shape_array(x), {'x': E})
t('empty identity', mx.sym.identity(x), {'x': E})
t('empty fc', mx.sym.FullyConnected(x, num_hidden=1, name='fc'), {'x': E, 'fc_weight': mx.nd.ones((1, 2)), 'fc_bias': mx.nd.ones(1)})
t('empty broadcast', mx.sym.broadcast_add(x, y), {'x': E, 'y': mx.nd.ones((1, 2))})
t('empty sum grad', mx.sym.sum(x), {'x': E}, {'x': mx.nd.array(np.zeros((0, 2)))}, [mx.nd.ones(1)])
with mx.util.np_shape(True):
    t('np shape empty square', mx.sym.square(x), {'x': mx.nd.array(np.zeros((0, 2)))})
for dt in ['float32', 'int32']:
    for key, val in [((), 0), ((), 2.5), (slice(None), 1), ((), mx.nd.array([1])), ((), np.array(3.0)), (0, 1)]:
        g = mx.nd.empty((), dtype=dt)
        try:
            g[key] = val
            print('write', dt, key, 'ok', g.shape)
        except Exception as e:
            print('write', dt, key, type(e).__name__, str(e).replace('MXNetError: ', '').replace('Traceback (most recent call last):\n  File "../src/imperative/./imperative_utils.h", line 147\n', '').replace('\n', '|'))
sq = mx.sym.square(x)
for loc in [{'x': np.array(3.0)}, {'x': np.zeros((0, 2))}, {'x': np.array([3.0])}]:
    for label, f in [('forward', lambda: tu.check_symbolic_forward(sq, loc, [np.square(loc['x'])])),
                     ('backward', lambda: tu.check_symbolic_backward(sq, loc, [np.ones(loc['x'].shape)], [2 * loc['x']])),
                     ('backward head (3,)', lambda: tu.check_symbolic_backward(sq, loc, [np.ones(3)], [2 * loc['x']]))]:
        try:
            out = f()
            print('check', label, loc['x'].shape, 'passed')
        except Exception as e:
            print('check', label, loc['x'].shape, type(e).__name__, first_line(e))

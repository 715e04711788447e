"""nd.concat with legacy unknown (0) sizes: MXNet's merging shape inference, its failure texts, and the kernel's size check when the result is read."""
import numpy as np
import mxnet as mx


def show(tag, fn):
    try:
        print(tag, 'ok', fn())
    except Exception as e:
        text = str(e).strip().splitlines()
        lines = [ln for ln in text if 'Check failed' in ln or 'Error' in ln]
        print(tag, type(e).__name__, ' | '.join(text[-12:] if 'inferring shapes failed' in str(e) else lines[-1:]))


def arr(s, dtype='float32'):
    return mx.nd.array(np.arange(int(np.prod(s))).reshape(s), dtype=dtype)


cases = [
    ([(0, 2), (1, 3)], 1), ([(1, 3), (0, 2)], 1), ([(0, 2), (1, 3)], 0), ([(2, 0), (2, 3)], 1),
    ([(2, 0), (3, 3)], 1), ([(0, 2), (0, 3)], 1), ([(0, 2), (2, 2)], 0), ([(1, 0), (2, 3), (1, 3)], 0),
    ([(1, 3), (2, 3), (0, 4)], 0), ([(0, 3), (2, 3)], 1), ([(2, 0), (0, 3)], 1), ([(0, 0), (2, 3)], 1),
    ([(2, 3), (0, 0)], 1), ([(2, 3), (3, 0)], 0), ([(2, 3), (3, 0), (3, 4)], 0), ([(0, 3), (1, 4), (2, 5)], 1),
    ([(0, 3, 2), (1, 4, 0)], 1), ([(2, 3), (2, 0), (3, 3)], 1), ([(0, 2), (1, 3), (0, 4)], 1),
    ([(0, 2), (1, 3), (0, 4)], -1), ([(3, 0, 2), (3, 1, 0)], -2), ([(0, 2), (3,)], 0), ([(0, 2), (1, 3)], 2),
    ([(2, 3), (2, 4)], 1), ([(2, 3), (3, 3)], 1), ([(0, 2), (1, 3, 1)], 1),
]
for shapes, dim in cases:
    def result():
        r = mx.nd.concat(*[arr(s) for s in shapes], dim=dim)
        return r.shape, r.asnumpy().ravel().tolist()[:8]
    show((shapes, dim), result)
    show(('shape', shapes, dim), lambda: mx.nd.concat(*[arr(s) for s in shapes], dim=dim).shape)

show('default dim', lambda: mx.nd.concat(arr((2, 0)), arr((2, 3))).shape)
show('concatenate', lambda: mx.nd.concatenate([arr((0, 3)), arr((2, 3))], axis=1).shape)
show('dtypes unknown', lambda: mx.nd.concat(arr((2, 0)), arr((2, 3), 'float64'), dim=1).shape)
show('dtypes known', lambda: mx.nd.concat(arr((0, 2)), arr((1, 3), 'float64'), dim=1).shape)
show('dtypes clash', lambda: mx.nd.concat(arr((0, 2)), arr((2, 3), 'float64'), dim=1).shape)
show('int32', lambda: mx.nd.concat(arr((0, 2), 'int32'), arr((1, 3), 'int32'), dim=1).asnumpy())
show('float16', lambda: mx.nd.concat(arr((1, 3), 'float16'), arr((0, 2), 'float16'), dim=1).asnumpy())
show('sum after', lambda: (mx.nd.concat(arr((0, 2)), arr((1, 3)), dim=1) + 1).shape)
with mx.np_shape(True):
    show('np_shape', lambda: mx.nd.concat(arr((0, 2)), arr((0, 3)), dim=1).shape)
    show('np_shape clash', lambda: mx.nd.concat(arr((0, 2)), arr((1, 3)), dim=1).shape)
x = arr((0, 2))
y = arr((1, 3))
y.attach_grad()
with mx.autograd.record():
    z = mx.nd.concat(x, y, dim=1)
show('autograd fwd', lambda: z.shape)
z.backward()
show('autograd grad', lambda: y.grad.asnumpy().tolist())

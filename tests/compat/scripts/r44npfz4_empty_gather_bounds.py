"""Index arrays into an array whose result is empty (a zero-size axis) still have their positions checked by the gather kernel, failing at the next wait, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

def zeros(*shape):
    return np.zeros(shape)

cases = [('(0,0)[[0], ...]', lambda: zeros(0, 0)[[0], ...]),
         ('(1,0)[[1]]', lambda: zeros(1, 0)[[1]]),
         ('(1,0)[[-2]]', lambda: zeros(1, 0)[[-2]]),
         ('(2,0)[array([2])]', lambda: zeros(2, 0)[np.array([2])]),
         ('(3,0)[[4, 1]]', lambda: zeros(3, 0)[[4, 1]]),
         ('(2,3,0)[[0, 1], 5]', lambda: zeros(2, 3, 0)[[0, 1], 5]),
         ('(2,3,0)[:, [0, 5]]', lambda: zeros(2, 3, 0)[:, [0, 5]]),
         ('(1,3,0)[uint8 [0, 0], -4]', lambda: zeros(1, 3, 0)[np.array([0, 0], dtype='uint8'), -4]),
         ('(2,0)[[1, 0]]', lambda: zeros(2, 0)[[1, 0]]),
         ('(1,3,0)[[0, 0], 1]', lambda: zeros(1, 3, 0)[[0, 0], 1]),
         ('(0,)[[0]]', lambda: zeros(0)[[0]])]
for label, f in cases:
    try:
        picked = f()
        print(label, picked.shape, picked.dtype, picked.asnumpy().shape)
        mx.nd.waitall()
        print('  read fine')
    except IndexError as e:
        print('  IndexError', str(e))

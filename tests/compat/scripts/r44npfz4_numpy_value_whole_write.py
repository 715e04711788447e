"""A NumPy value written through a basic key that selects the whole array (integers only on axes of length 1) is reshaped and broadcast by NumPy, with NumPy's errors, as MXNet does."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()

def write(label, shape, key, value, dtype='int8'):
    x = np.zeros(shape, dtype=dtype)
    try:
        x[key] = value
        print(label, x.dtype, x.shape, x.asnumpy().ravel().tolist())
    except (ValueError, mx.MXNetError) as e:
        print(label, type(e).__name__, str(e).splitlines()[-1])

write('row 0 of (1,4,3,1), 2 values', (1, 4, 3, 1), 0, onp.array([0, 1]))
write('row 0 of (1,4,3,1), (4,3,1)', (1, 4, 3, 1), 0, onp.arange(12).reshape(4, 3, 1))
write('row 0 of (1,4,3,1), (3,1)', (1, 4, 3, 1), 0, onp.arange(3).reshape(3, 1))
write('[0, ..., 0] of (1,4,3,1), 4 values', (1, 4, 3, 1), (0, Ellipsis, 0), onp.arange(4))
write('[0, ..., 0] of (1,4,3,1), 3 values', (1, 4, 3, 1), (0, Ellipsis, 0), onp.arange(3))
write('[0:10:3] of (1,), 2 values', (1,), slice(0, 10, 3), onp.array([0.0, 1.0]), 'float32')
write('[:, 0] of (2,1), 3 values', (2, 1), (slice(None), 0), onp.array([5, 6, 7]))
write('[:, 0] of (2,1), 2 values', (2, 1), (slice(None), 0), onp.array([5, 6]))
write('[0] of (1,3), 2 values', (1, 3), 0, onp.array([1, 2]), 'float32')
write('[0, 0] of (1,1), 2 values', (1, 1), (0, 0), onp.array([1, 2]), 'float32')
write('[0, :, 0] of (1,2,1), (2,1)', (1, 2, 1), (0, slice(None), 0), onp.array([[3], [4]]), 'float32')
write('[::-1, 0] of (3,1), 3 values', (3, 1), (slice(None, None, -1), 0), onp.array([1, 2, 3]), 'float64')
write('[1] of (2,3), 2 values', (2, 3), 1, onp.array([1, 2]), 'float32')

# under autograd.record, such a write into an array in the graph is a plain copy (nothing refused)
for key in [0, slice(None), (0, slice(None)), (slice(None), 0), Ellipsis]:
    for shape in [(1, 3), (2, 1)]:
        y = np.ones(shape)
        y.attach_grad()
        try:
            with mx.autograd.record():
                x = y * 2
                x[key] = onp.ones(shape)[key] * 5 if key is not Ellipsis else onp.ones(shape) * 5
                z = (x * y).sum()
            z.backward()
            print('recorded', key, shape, x.asnumpy().ravel().tolist(), y.grad.asnumpy().ravel().tolist())
        except mx.MXNetError as e:
            print('recorded', key, shape, 'MXNetError', str(e).splitlines()[-1][:90])

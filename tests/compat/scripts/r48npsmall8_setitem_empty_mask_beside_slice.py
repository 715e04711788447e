"""Writing through an mx.np all-False mask beside a slice (a[:, mask] = v) scatters by the mask's positions as mx.np arrays: the value is checked against the selection with a length-1 axis for the mask and the stacked positions fail their kernel (TBlob.get_with_shape), as MXNet does."""
import mxnet as mx
from mxnet import np, npx
import numpy as onp
npx.set_np()

F2 = np.array([False, False], dtype='bool')
T2 = np.array([True, False], dtype='bool')
S = slice(None)


def write(shape, key, value, label):
    a = np.arange(int(onp.prod(shape)), dtype='float32').reshape(shape)
    try:
        a[key] = value
        print(label, 'ok', a.asnumpy().ravel().tolist())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[-1][:200])


values = [(5, '5'), (np.array(5.), 'arr()'), (np.ones((1,)), 'arr(1)'), (np.ones((2,)), 'arr(2)'),
          (np.ones((3,)), 'arr(3)'), (np.ones((2, 1)), 'arr(2,1)'), (np.ones((1, 2)), 'arr(1,2)'),
          (np.ones((0,)), 'arr(0)'), (np.ones((2, 2, 1)), 'arr(2,2,1)'), (np.ones((2, 1, 1)), 'arr(2,1,1)'),
          (onp.ones((2,)), 'onp(2)'), ([1, 2], 'list2')]
keys = [((2, 2), (S, F2), ':,F'), ((3, 2), (S, F2), ':,F'), ((2, 2, 3), (S, F2), ':,F'), ((2, 2, 3), (S, F2, S), ':,F,:'),
        ((2, 2), (slice(0, 1), F2), '0:1,F'), ((3, 2), (slice(None, None, -1), F2), '::-1,F'), ((2, 2), (Ellipsis, F2), '...,F'),
        ((1, 2, 2), (None, slice(-1, None, -1), F2, None), 'N,::-1,F,N'), ((2, 2), (S, F2, None), ':,F,N'),
        ((2, 2, 3), (S, F2, None), ':,F,N'), ((2, 2), (S, T2), ':,T'), ((2, 2), (Ellipsis, T2), '...,T'), ((2, 2), (F2,), 'F')]
for shape, key, label in keys:
    for value, vlabel in values:
        write(shape, key, value, f'{shape} [{label}] = {vlabel}')
a = np.arange(4, dtype='float32').reshape((2, 2))
print(a[S, F2].shape, a[Ellipsis, F2].shape, a[Ellipsis, T2].tolist())

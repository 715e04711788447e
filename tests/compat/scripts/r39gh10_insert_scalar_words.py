"""np.insert of one number at one place along an axis of a 2-d (or higher) array: the result fails when read, with MXNet's exact words (a 2-d array's check ends its message with a newline)."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
for shape in [(2, 3), (3, 1), (2, 3, 2), (2, 1, 2, 2)]:
    for axis in [0, 1, -1]:
        for obj in [1, 0, -1, np.array(1, dtype='int64')]:
            out = np.insert(np.ones(shape), obj, 9., axis=axis)
            try:
                print(shape, axis, obj, float(out.sum()))
            except mx.base.MXNetError as e:
                print(shape, axis, obj, out.shape, repr(str(e).split('] ', 1)[-1]))
print(np.insert(np.ones((2, 3)), 1, np.array([7., 8.]), axis=1))
print(np.insert(np.ones(3), 1, 9.))

"""np.cumsum of a bool array without a dtype refuses any out=, in the words of the type check it fails (bool kept, or another type inconsistent with it), as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
x = np.ones((1, 3), dtype='bool')
for o, kw in [(np.zeros((1, 3), dtype='bool'), {}), (np.zeros((3,), dtype='bool'), {}), (np.zeros((1, 3), dtype='int64'), {'dtype': 'int64'}), (np.zeros((1, 3), dtype='bool'), {'dtype': 'int64'}), (np.zeros((1, 3), dtype='int32'), {'dtype': 'int32'}), (np.zeros((1, 3), dtype='bool'), {'dtype': 'bool'})]:
    for axis in [0, None]:
        try:
            r = np.cumsum(x if axis is not None else x, axis=axis, out=o if axis is not None else o.reshape(-1), **kw)
            print(axis, kw, o.dtype, r.dtype, r)
        except mx.MXNetError as e:
            print(axis, kw, o.dtype, repr(str(e)))

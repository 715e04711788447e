"""np.reshape's parameter errors list order= when the caller gave it, and a None newshape fails shape inference as MXNet's."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()

a = np.array([1., 2.])
for call in [lambda: np.reshape(a, [3., 4.]), lambda: np.reshape(a, [3., 4.], 'C'), lambda: np.reshape(a, [3., 4.], order='F'),
             lambda: np.reshape(a, (2.5,)), lambda: np.reshape(a, 'ab'), lambda: np.reshape(a, None),
             lambda: np.reshape(a, (2,), order=-1), lambda: np.reshape(a, (3,), order=-1)]:
    try:
        print(call())
    except mx.MXNetError as e:
        print(str(e))

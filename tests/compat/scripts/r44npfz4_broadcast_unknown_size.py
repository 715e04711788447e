"""np.broadcast_to and ndarray.broadcast_to refuse a -1 size in the target at MXNet's located shape check, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

for label, f in [('np 0-d', lambda: np.broadcast_to(np.array(3.0), (-1, 1))),
                 ('method 0-d', lambda: np.array(3.0, dtype='float16').broadcast_to((-1, 1))),
                 ('method int', lambda: np.array(3, dtype='int8').broadcast_to(-1)),
                 ('np 1-d', lambda: np.broadcast_to(np.ones((3,)), (2, -1))),
                 ('np fits', lambda: np.broadcast_to(np.ones((3,)), (2, 3))),
                 ('np wrong', lambda: np.broadcast_to(np.ones((3,)), (2, 4)))]:
    try:
        print(label, f())
    except mx.MXNetError as e:
        print(label, 'MXNetError', str(e))

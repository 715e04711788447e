"""reverse/flip written over its own input (out= the input) copies each element to its mirrored place in memory order, so places written before their element was read keep what was written there, as MXNet's kernel does."""
# recorded on AMD AVX2
import numpy as np
import mxnet as mx
from mxnet import nd

for shape, axis in [((5,), 0), ((6,), 0), ((2, 3), 0), ((2, 3), 1), ((2, 3), -1), ((2, 3, 4), (0, 2)), ((3, 4), (1, 0)),
                    ((2, 2), (0, 0)), ((1, 3), 0), ((0, 3), 1)]:
    for dt in ['float32', 'int32', 'float16']:
        y = nd.array(np.arange(int(np.prod(shape))).reshape(shape), dtype=dt)
        try:
            r = nd.flip(y, axis=axis, out=y)
            print(shape, axis, dt, r is y, y.asnumpy().ravel().tolist())
        except mx.MXNetError as e:
            print(shape, axis, dt, str(e).split('\n')[-1])
y = nd.array(np.arange(6).reshape(2, 3))
nd.reverse(y, axis=1, out=y)
print('reverse', y.asnumpy().tolist())
y = nd.array(np.arange(6).reshape(2, 3))
y.flip(axis=0, out=y)
print('method', y.asnumpy().tolist())
y = nd.array([True, False, True], dtype='bool')
try:
    nd.flip(y, axis=0, out=y).asnumpy()
except mx.MXNetError as e:
    print('bool', str(e).split('\n')[-1])

# NDArrayIter dtypes: numpy and NDArray sources, with and without shuffle.
import mxnet as mx, numpy as np
for d in [np.arange(6, dtype='float64'), np.arange(6, dtype='int32'), mx.nd.arange(6, dtype='float64'), mx.nd.arange(6, dtype='int64'), np.arange(6, dtype='uint8'), np.arange(6, dtype='float16')]:
    for sh in [False, True]:
        it = mx.io.NDArrayIter(d, d, batch_size=3, shuffle=sh)
        b = next(it)
        print(type(d).__name__, sh, it.provide_data[0].dtype, b.data[0].dtype, it.provide_label[0].dtype)
print(mx.nd.array(np.arange(3, dtype='float64')).dtype, mx.nd.array(np.arange(3)).dtype, mx.nd.array([1, 2]).dtype)

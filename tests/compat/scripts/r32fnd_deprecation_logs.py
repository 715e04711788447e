"""nd.reshape without a shape, nd.batch_take and nd.onehot_encode log MXNet's deprecation lines on stderr; a 5-D reshape to fewer elements fails its copy's size check"""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _stderr import stderr_of


def show(label, call):
    result, lines = stderr_of(lambda: call().asnumpy())
    if isinstance(result, Exception):
        result = f"{type(result).__name__}: {str(result).splitlines()[-1] if str(result) else ''}"
    print(label, result, lines)


x = mx.nd.array(np.arange(24).reshape(2, 3, 4))
show("target_shape", lambda: mx.nd.reshape(x, target_shape=(4, 0)))
show("target_shape keep_highest", lambda: mx.nd.reshape(x, target_shape=(0, 12), keep_highest=True))
show("shape codes", lambda: mx.nd.reshape(x, shape=(4, -1)))
show("batch_take", lambda: mx.nd.batch_take(mx.nd.array([[1, 2, 3], [4, 5, 6]]), mx.nd.array([2, 0], dtype="int32")))
show("batch_take twice", lambda: mx.nd.batch_take(mx.nd.array([[1, 2], [3, 4]]), mx.nd.array([1, 1], dtype="int32")))
show("batch_take int64 indices", lambda: mx.nd.batch_take(mx.nd.array([[1, 2], [3, 4]]), mx.nd.array([1, 1], dtype="int64")))
show("onehot_encode", lambda: mx.nd.onehot_encode(mx.nd.array([1, 0, 3]), mx.nd.zeros((3, 4))))
show("onehot_encode rows differ", lambda: mx.nd.onehot_encode(mx.nd.array([1, 0]), mx.nd.zeros((3, 4))))
for shape in [(2, 1, 3, 1, 2), (2, 3, 2, 2, 1), (1, 2, 3, 1, 1, 2)]:
    y = mx.nd.array(np.arange(int(np.prod(shape))).reshape(shape))
    show(f"5-D+ shrink {shape}", lambda: mx.nd.reshape(y, shape=(0,)))
    show(f"5-D+ no shape {shape}", lambda: mx.nd.reshape(y, shape=()))
for shape in [(6,)]:
    y = mx.nd.array(np.arange(int(np.prod(shape))).reshape(shape))
    show(f"shrink {shape}", lambda: mx.nd.reshape(y, shape=(3,)))
show("onehot_encode float64 out", lambda: mx.nd.onehot_encode(mx.nd.array([1, 0]), mx.nd.zeros((2, 3), dtype="float64")))
show("onehot_encode float64 indices", lambda: mx.nd.onehot_encode(mx.nd.array([1, 0], dtype="float64"), mx.nd.zeros((2, 3))))
try:
    mx.nd.onehot_encode(mx.nd.array([1, 0]), mx.nd.zeros((2, 3), dtype="int32")).asnumpy()
except mx.base.MXNetError as e:
    print("onehot_encode int32 out, read:", " | ".join(str(e).strip().splitlines()[:3]))

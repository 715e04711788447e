"""Shape inference hands back Python int sizes whatever integer type the attributes held, so a deformable convolution's offset weight built from NumPy sizes has int dimensions, as MXNet does."""
import numpy as np
import mxnet as mx
from mxnet.gluon.contrib import cnn

i64 = np.int64


def types(result):
    return [[type(d).__name__ for d in shape] for part in result for shape in part]


conv = mx.sym.Convolution(mx.sym.var('x'), kernel=(i64(3), i64(2)), num_filter=i64(2), pad=(i64(1), 0))
for result in (conv.infer_shape(x=(1, 1, 4, 4)), conv.infer_shape_partial(x=(1, 0, 4, 4)),
               mx.sym.var('x', shape=(i64(2), i64(3))).infer_shape()):
    print(result, types(result))
layer = cnn.DeformableConvolution(i64(2), (i64(3), i64(3)), in_channels=i64(2))
for name, p in layer.collect_params().items():
    print(name, p.shape, [type(d).__name__ for d in p.shape])

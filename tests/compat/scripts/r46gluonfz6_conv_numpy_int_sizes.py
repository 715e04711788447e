"""Convolution layers given NumPy integer sizes keep Python int weight and bias shapes, as MXNet's shape inference gives them."""
import numpy as np
import mxnet as mx
from mxnet.gluon import nn

i64, i32 = np.int64, np.int32
layers = [nn.Conv2D(i64(2), i64(3)), nn.Conv2D(i32(4), (i64(3), 1), in_channels=i64(2), groups=i64(2)),
          nn.Conv1D(i64(2), 3, in_channels=i64(3)), nn.Conv2DTranspose(i64(2), i64(3), in_channels=i64(4)),
          nn.Conv3D(np.int16(2), (1, i64(2), 1)), nn.Dense(i64(3), in_units=i64(2))]
for layer in layers:
    print(layer)
    for name, p in layer.collect_params().items():
        print(" ", name, p.shape, [type(d).__name__ for d in p.shape])
conv = nn.Conv2D(i64(2), i64(3))
conv.initialize()
conv(mx.nd.ones((1, 3, 4, 4)))
print(conv.weight.shape, [type(d).__name__ for d in conv.weight.shape])

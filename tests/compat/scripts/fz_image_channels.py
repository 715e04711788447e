"""nd.image.crop refuses images of other than 1 or 3 channels; resize refuses images without pixels."""
import mxnet as mx
import numpy as np

for shape in [(5, 6, 1), (5, 6, 3), (5, 6, 4), (2, 5, 6, 3), (2, 5, 6, 2)]:
    x = mx.nd.array(np.arange(np.prod(shape)).reshape(shape) % 251, dtype="uint8")
    try:
        y = mx.nd.image.crop(x, 1, 1, 3, 2)
        print("crop", shape, y.shape, int(y.asnumpy().astype(np.int64).sum()))
    except mx.base.MXNetError:
        print("crop", shape, "MXNetError")
for shape in [(5, 6, 3), (2, 5, 6, 3)]:
    y = mx.nd.image.resize(mx.nd.array(np.arange(np.prod(shape)).reshape(shape) % 251, dtype="uint8"), size=(3, 4))
    print("resize", shape, y.shape, int(y.asnumpy().astype(np.int64).sum()))
try:
    mx.nd.image.resize(mx.nd.array(np.zeros((0, 6, 3)), dtype="uint8"), size=(3, 4)).asnumpy()
except mx.base.MXNetError:
    print("resize of no pixels: MXNetError")

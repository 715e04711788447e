"""transforms.Compose hybridizes each run of HybridBlocks: a failing step is named as a graph node, and a bool image fails only when read."""
import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.gluon.data.vision import transforms as T

img = nd.array((np.arange(36) * 7 % 256).reshape(3, 4, 3), dtype='uint8')
c = T.Compose([T.Cast(), T.ToTensor(), T.Normalize(0.1, 0.2)])
print(c)
print(c(img).asnumpy().round(4).tolist())
print(c[0]._active)
for bad in [img.reshape((1, 1, 3, 4, 3)), img[:, :, :2]]:
    try:
        c(bad)
    except mx.base.MXNetError as e:
        print(type(e).__name__, [node in str(e) for node in ('totensor0_to_tensor0', 'normalize0_normalize0')])

c2 = T.Compose([T.ToTensor(), T.Normalize(0.5, 0.5)])
y = c2(nd.ones((2, 2, 3), dtype='bool'))
print(y.shape)
try:
    y.asnumpy()
except mx.base.MXNetError as e:
    print(type(e).__name__, 'Unknown type enum 7' in str(e))

c3 = T.Compose([T.Resize(2), T.CenterCrop(1), T.ToTensor(), T.Normalize((0.1, 0.2, 0.3), (1, 2, 3))])
print(c3)
print(c3(img).asnumpy().tolist(), c3[2]._active)
try:
    c3(nd.ones((3, 4, 1)))
except mx.base.MXNetError as e:
    print(type(e).__name__, 'normalize1_normalize0' in str(e))

"""Float32 convolutions and poolings whose sums overflow give inf (or nan) silently, as MXNet's kernels do."""
import warnings

import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn

warnings.simplefilter("error")          # a NumPy RuntimeWarning would stop the script
big = nd.full((1, 2, 4, 4), 3e38)
big[0, 1] = -3e38
for channels, kernel, groups in [(2, 1, 1), (16, 3, 1), (2, 3, 2), (1, 2, 1)]:
    conv = nn.Conv2D(channels, kernel, groups=groups, in_channels=2, use_bias=False)
    conv.initialize(mx.init.One())
    for hybridize in (False, True):
        if hybridize:
            conv.hybridize()
        print("conv", channels, kernel, groups, hybridize, conv(big)[0, :2, 0, :2].asnumpy().tolist())
for pool in (nn.AvgPool2D(2), nn.AvgPool2D(3, 1, 1, count_include_pad=False), nn.GlobalAvgPool2D(),
             nn.MaxPool2D(2), nn.AvgPool2D(2, ceil_mode=True)):
    print(pool, pool(big)[0, :, 0, :2].asnumpy().tolist())
print("sum pool", nd.Pooling(big, kernel=(2, 2), pool_type="sum")[0, :, 0].asnumpy().tolist())
print("lp pool", nd.Pooling(big, kernel=(2, 2), pool_type="lp", p_value=2)[0, :, 0].asnumpy().tolist())

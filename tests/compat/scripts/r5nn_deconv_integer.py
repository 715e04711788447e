"""Transposed convolutions of integer data: the shapes infer (Gluon layers get their weights), reading fails."""
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn

for cls, shape in ((nn.Conv1DTranspose, (2, 2, 7)), (nn.Conv2DTranspose, (2, 2, 5, 6)),
                   (nn.Conv3DTranspose, (2, 2, 4, 5, 3))):
    for hybrid in (False, True):
        net = cls(3, 2)
        net.initialize()
        if hybrid:
            net.hybridize()
        try:
            y = net(nd.ones(shape, dtype='int32'))
            print(y.shape, y.dtype)
            y.wait_to_read()
        except Exception as e:
            print(cls.__name__, hybrid, type(e).__name__)
        print(sorted((k, p.shape, p.dtype.__name__) for k, p in net.collect_params().items()))
y = nd.Deconvolution(nd.ones((2, 2, 5, 6), dtype='int32'), nd.ones((2, 3, 2, 2), dtype='int32'), kernel=(2, 2),
                     num_filter=3, no_bias=True)
print(y.shape, y.dtype)
try:
    y.asnumpy()
except mx.base.MXNetError as e:
    print(type(e).__name__)

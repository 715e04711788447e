# Transposed convolutions whose output size comes out -1 (MXNet's unknown size): each dtype's kernel refuses the
# call in its own words, a graph leaves the size open (infer_shape_partial), a Gluon layer's deferred shape
# inference cannot decide it; an empty output's backward, and a size below -1.
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn
from _words import words

# an empty output (a zero-size axis): float32's backward fails to allocate, float64's passes zeros back
for cls, shape, dtype in [(nn.Conv2DTranspose, (1, 1, 3, 1), 'float64'), (nn.Conv1DTranspose, (2, 1, 1), 'float64'),
                          (nn.Conv2DTranspose, (1, 1, 3, 1), 'float32'), (nn.Conv3DTranspose, (1, 1, 2, 1, 2), 'float32')]:
    layer = cls(3, 2, padding=1, use_bias=False)
    layer.initialize(mx.init.One())
    x = nd.ones(shape, dtype=dtype)
    layer.cast(dtype)
    x.attach_grad()
    with autograd.record():
        y = layer(x)
    try:
        y.backward(nd.array(np.zeros(y.shape), dtype=dtype))
        print(dtype, y.shape, x.grad.shape, x.grad.asnumpy().sum(), layer.weight.grad().asnumpy().sum())
    except mx.MXNetError as e:
        print(dtype, y.shape, words(e))

for kwargs, shape in [(dict(channels=1, kernel_size=2, padding=2), (1, 2, 2, 2)),
                      (dict(channels=2, kernel_size=1, strides=2, padding=1, activation='relu'), (2, 2, 2, 1)),
                      (dict(channels=3, kernel_size=1, strides=2, padding=1, in_channels=2), (2, 2, 2, 1)),
                      (dict(channels=2, kernel_size=1, padding=1), (1, 3, 1))]:
    cls = nn.Conv2DTranspose if len(shape) == 4 else nn.Conv1DTranspose
    for hybridize in (False, True):
        layer = cls(**kwargs)
        layer.initialize(mx.init.One())
        if hybridize:
            layer.hybridize()
        try:
            print(cls.__name__, kwargs, hybridize, layer(nd.ones(shape)).shape)
        except (ValueError, mx.MXNetError) as e:
            print(cls.__name__, kwargs, hybridize, words(e), repr(str(e)[-12:]))

CASES = [((1, 2, 1), 1, 1), ((2, 2, 2, 1), 1, 2), ((1, 2, 1, 3), 1, 1), ((1, 2, 2, 2), 2, 1), ((1, 2, 2, 2), 3, 1),
         ((1, 2, 1, 3, 3), 1, 1), ((1, 2, 3, 3, 1), 1, 1), ((1, 2, 3), 2, 1)]
for shape, pad, stride in CASES:
    n = len(shape) - 2
    attrs = dict(kernel=(1 + (pad > 1),) * n, stride=(stride,) * n, pad=(pad,) * n, num_filter=3, no_bias=True)
    for dtype in ('float32', 'float64', 'float16', 'int32'):
        x, w = nd.ones(shape, dtype=dtype), nd.ones((2, 3) + attrs['kernel'], dtype=dtype)
        try:
            y = nd.Deconvolution(x, w, **attrs)
            print(shape, pad, dtype, 'call', y.shape, end=' ')
            print(y.asnumpy().sum())
        except mx.MXNetError as e:
            print(shape, pad, dtype, words(e))
    sym = mx.sym.Deconvolution(mx.sym.var('x'), **attrs)
    try:
        print('  partial', sym.infer_shape_partial(x=shape))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            print('  infer', sym.infer_shape(x=shape), [str(c.message).split('.')[0] for c in caught])
    except mx.MXNetError as e:
        print('  infer', words(e))

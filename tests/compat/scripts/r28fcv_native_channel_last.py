# float64 and float16 channel-last (de)convolutions run MXNet's own kernels: shapes infer channel-last; a
# Convolution's kernel refuses the layout when the result is read.
# recorded on AVX2

import mxnet as mx
from mxnet import nd, autograd
from _words import words

CASES = [  # data shape, kernel, num_filter, num_group, layout
    ((1, 7, 11, 4), (2, 2), 5, 1, "NHWC"), ((2, 5, 6, 4), (3, 1), 6, 2, "NHWC"),
    ((1, 3, 4, 5, 2), (2, 2, 2), 3, 1, "NDHWC"), ((2, 6, 5, 3), (2, 2), 4, 1, "NHWC"),
]
read = "Convolution"
last = None
for dtype in ("float64", "float16"):
    for op in ("Convolution", "Deconvolution"):
        for i, (shape, k, f, g, layout) in enumerate(CASES):
            c = shape[-1]
            wshape = (c,) + k + (f // g,) if op == "Deconvolution" else (f,) + k + (c // g,)
            x, w = nd.ones(shape, dtype=dtype), nd.ones(wshape, dtype=dtype)
            x.attach_grad()
            with autograd.record():
                y = getattr(nd, op)(x, w, kernel=k, num_filter=f, num_group=g, layout=layout, no_bias=True)
            print(dtype, op, i, y.shape, y.dtype.__name__)
            if op == read and dtype == "float64" and i == 3:
                last = y
try:
    print(last.asnumpy().sum())
except mx.MXNetError as e:
    print(read, words(e))

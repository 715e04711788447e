"""BatchNorm refuses bfloat16 parameters and statistics (they stay float32), and Deconvolution refuses a float32 weight or bias beside bfloat16 data after checking its input count, as MXNet does."""
import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.contrib.amp.amp import bfloat16


def attempt(name, make):
    try:
        r = make()
        print(name, r.dtype, r.shape, r.asnumpy().view(np.uint16).ravel().tolist()[:8])
    except mx.base.MXNetError as e:
        print(name, "MXNetError:", str(e).strip().split("\n")[-1])


def b16(*shape):
    return nd.ones(shape, dtype=bfloat16)


x = b16(2, 3, 4, 4)
f32 = nd.ones((3,))
attempt("bn gamma", lambda: nd.BatchNorm(x, b16(3), f32, f32, f32))
attempt("bn beta", lambda: nd.BatchNorm(x, f32, b16(3), f32, f32))
attempt("bn mean", lambda: nd.BatchNorm(x, f32, f32, b16(3), f32))
attempt("bn var", lambda: nd.BatchNorm(x, f32, f32, f32, b16(3)))
attempt("bn all", lambda: nd.BatchNorm(x, b16(3), b16(3), b16(3), b16(3)))
attempt("bn float32 data", lambda: nd.BatchNorm(nd.ones((2, 3, 4, 4)), b16(3), f32, f32, f32))
attempt("bn float64 gamma", lambda: nd.BatchNorm(x, nd.ones((3,), dtype="float64"), f32, f32, f32))
attempt("bn float32 params", lambda: nd.BatchNorm(x, f32, f32, f32, f32))
d = b16(1, 2, 3, 3)
w = b16(2, 2, 2, 2)
attempt("deconv float32 bias", lambda: nd.Deconvolution(d, w, nd.zeros((2,)), kernel=(2, 2), num_filter=2, no_bias=False))
attempt("deconv float32 weight", lambda: nd.Deconvolution(d, nd.ones((2, 2, 2, 2)), b16(2), kernel=(2, 2), num_filter=2,
                                                          no_bias=False))
attempt("deconv float32 weight no bias", lambda: nd.Deconvolution(d, nd.ones((2, 2, 2, 2)), kernel=(2, 2), num_filter=2))
attempt("deconv float32 data", lambda: nd.Deconvolution(nd.ones((1, 2, 3, 3)), w, kernel=(2, 2), num_filter=2))
attempt("deconv three inputs", lambda: nd.Deconvolution(d, nd.ones((2, 2, 2, 2)), nd.zeros((2,)), kernel=(2, 2), num_filter=2))
attempt("deconv", lambda: nd.Deconvolution(d, w, kernel=(2, 2), num_filter=2))
attempt("fc float32 bias", lambda: nd.FullyConnected(b16(2, 4), b16(3, 4), nd.zeros((3,)), num_hidden=3))
attempt("fc float32 weight", lambda: nd.FullyConnected(b16(2, 4), nd.ones((3, 4)), num_hidden=3, no_bias=True))

"""Layer and operator refusals print the source line of MXNet's check: output_padding >= strides (layer, call, graph), pooling padding >= kernel per axis, LSTM projection in training, float16 RNN, hybridized kernel errors."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn, rnn


def shown(e):
    text = " | ".join(line.strip() for line in str(e).splitlines() if line.strip())
    return type(e).__name__ + ": " + re.sub(r"\[\d\d:\d\d:\d\d\] ", "", text)


def attempt(label, call):
    try:
        out = call()
        print(label, "->", out.shape if hasattr(out, "shape") else out)
    except Exception as e:
        print(label, "->", shown(e))
    try:
        nd.waitall()
    except Exception as e:
        print(label, "late ->", shown(e))


# output padding not smaller than the stride, on each axis of each rank
for rank, layer in ((1, nn.Conv1DTranspose), (2, nn.Conv2DTranspose), (3, nn.Conv3DTranspose)):
    for axis in range(rank):
        strides = [2] * rank
        strides[axis] = 1
        pads = [0] * rank
        pads[axis] = 1
        attempt(f"{layer.__name__} output_padding axis {axis}",
                lambda: layer(2, 1, strides=tuple(strides), output_padding=tuple(pads), in_channels=1))
        attempt(f"Deconvolution rank {rank} adj axis {axis}",
                lambda: nd.Deconvolution(nd.ones((1, 1) + (3,) * rank), nd.ones((1, 1) + (1,) * rank),
                                         kernel=(1,) * rank, stride=tuple(strides), adj=tuple(pads), num_filter=1,
                                         no_bias=True).asnumpy())
        sym = mx.sym.Deconvolution(mx.sym.var("x"), kernel=(1,) * rank, stride=tuple(strides), adj=tuple(pads),
                                   num_filter=1, no_bias=True, name="up")
        attempt(f"symbol rank {rank} adj axis {axis}", lambda: sym.infer_shape(x=(1, 1) + (3,) * rank))

# pooling padding not smaller than the kernel, each axis, called and hybridized
for rank, layer in ((1, nn.MaxPool1D), (2, nn.AvgPool2D), (3, nn.MaxPool3D)):
    for axis in range(rank):
        pads = [0] * rank
        pads[axis] = 2
        for hybridize in (False, True):
            net = layer(pool_size=2, padding=tuple(pads))
            if hybridize:
                net.hybridize()
            attempt(f"{layer.__name__} padding axis {axis} hybridized={hybridize}",
                    lambda: net(nd.ones((1, 1) + (5,) * rank)).asnumpy())

# a projected LSTM refuses to train; a float16 LSTM's gemm
for hybridize in (False, True):
    net = rnn.LSTM(2, projection_size=1)
    net.initialize()
    if hybridize:
        net.hybridize()
    x = nd.ones((2, 1, 3))
    print("projected LSTM inference", net(x).shape)
    with autograd.record():
        y = net(x)
    try:
        y.asnumpy()
    except mx.MXNetError as e:
        print(f"projected LSTM training hybridized={hybridize} ->", shown(e))
    half = rnn.LSTM(2)
    half.initialize()
    half.cast("float16")
    if hybridize:
        half.hybridize()
    attempt(f"float16 LSTM hybridized={hybridize}", lambda: half(x.astype("float16")).asnumpy())

# kernel refusals of hybridized layers
for hybridize in (False, True):
    net = nn.Conv3DTranspose(2, 2, in_channels=1)
    net.initialize()
    net.cast("float64")
    if hybridize:
        net.hybridize()
    attempt(f"float64 Conv3DTranspose hybridized={hybridize}", lambda: net(nd.ones((1, 1, 3, 1, 4), dtype="float64")).asnumpy())
    net = nn.Conv2DTranspose(4, 1, strides=(2, 1), padding=(2, 2), groups=2, use_bias=False, in_channels=2)
    net.initialize()
    if hybridize:
        net.hybridize()
    attempt(f"Conv2DTranspose of a size -1 hybridized={hybridize}", lambda: net(nd.ones((1, 2, 5, 3))).asnumpy())

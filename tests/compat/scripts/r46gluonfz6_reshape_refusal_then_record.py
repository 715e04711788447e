"""A hybridized block whose reshape refuses its input's shape leaves the CachedOp without shapes: a recorded call then finds no shape for its memory plan (not no dtype), as MXNet does."""
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon.contrib import nn as cnn


def show(name, f):
    try:
        r = f()
        print(name, r.shape, r.asnumpy().ravel()[:4])
    except mx.base.MXNetError as e:
        print(name, str(e).replace("\n", " | ")[-200:].split("] ")[-1])


for block, shape in ((cnn.PixelShuffle2D(3), (1, 4, 2, 3)), (cnn.PixelShuffle1D(3), (2, 4, 3))):
    block.hybridize()
    x = nd.arange(24).reshape(shape)
    show("forward", lambda: block(x))
    x.attach_grad()
    with autograd.record():
        show("recorded", lambda: block(x))
    show("forward again", lambda: block(x))
    show("other shape", lambda: block(nd.ones(shape[:1] + (9,) + shape[2:])))

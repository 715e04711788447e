"""MXNet's note on stderr as it creates a oneDNN average pooling without padding for training: once per
primitive (shape, window, layout), not for views, float64, 'full' windows that do not fit, NHWC or prediction."""
# recorded on AVX2

import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn

from _stderr import stderr_of


def logged(call):
    """What ``call`` writes on the process's stderr (file descriptor 2), each line without its time."""
    def run():
        call()
        mx.nd.waitall()
    res, lines = stderr_of(run)
    if isinstance(res, Exception):
        raise res
    return [line for line in lines if line.strip()]


def pool(x, scope=autograd.record, **kw):
    def call():
        with scope():
            nd.Pooling(x, **dict(dict(kernel=(2, 2), pool_type="avg", count_include_pad=False), **kw))
    return call


def conv_then_pool():
    with autograd.record():
        y = nd.Convolution(nd.ones((2, 3, 5, 5)), nd.ones((8, 3, 1, 1)), nd.zeros(8), kernel=(1, 1), num_filter=8)
        nd.Pooling(y, kernel=(2, 2), pool_type="avg", count_include_pad=False)


def executor(is_train):
    s = mx.sym.Pooling(mx.sym.var("d"), kernel=(2, 2), pool_type="avg", count_include_pad=False)
    ex = s.simple_bind(mx.cpu(), d=(1, 3, 4, 4))
    return lambda: ex.forward(is_train=is_train)


hybrid = nn.AvgPool2D(count_include_pad=False)
hybrid.hybridize()


def hybrid_call():
    with autograd.record():
        hybrid(nd.ones((1, 5, 4, 4)))


x = nd.ones((1, 2, 4, 4))
CASES = [
    ("record", pool(x)), ("record again", pool(x)), ("predict mode", pool(x, lambda: autograd.record(False))),
    ("not recording", pool(x, autograd.pause)), ("train_mode", pool(nd.ones((1, 3, 5, 5)), autograd.train_mode)),
    ("other shape", pool(nd.ones((1, 2, 6, 6)))), ("other stride", pool(x, stride=(2, 2))),
    ("with padding", pool(nd.ones((1, 2, 7, 6)), kernel=(3, 3), pad=(1, 1))),
    ("including padding", pool(nd.ones((1, 2, 6, 6)), count_include_pad=True)),
    ("max", pool(nd.ones((1, 2, 6, 6)), pool_type="max")), ("sum", pool(nd.ones((1, 2, 7, 6)), pool_type="sum")),
    ("1-D", pool(nd.ones((1, 2, 6)), kernel=(2,))), ("3-D", pool(nd.ones((1, 2, 6, 6, 6)), kernel=(2, 2, 2))),
    ("float64", pool(nd.ones((1, 2, 6, 6), dtype="float64"))),
    ("float16", pool(nd.ones((1, 2, 6, 6), dtype="float16"))),
    ("global", pool(nd.ones((1, 2, 7, 6)), global_pool=True)),
    ("full, uneven", pool(nd.ones((1, 2, 7, 6)), stride=(2, 2), pooling_convention="full")),
    ("NHWC", pool(nd.ones((1, 6, 6, 2)), layout="NHWC")),
    ("a view", pool(nd.ones((2, 3, 5, 5))[1:])),
    ("after a convolution (blocked)", conv_then_pool),
    ("plain, same shape", pool(nd.ones((2, 8, 5, 5)))),
    ("executor training", executor(True)), ("executor predicting", executor(False)),
    ("hybridized", hybrid_call), ("hybridized again", hybrid_call),
]
for name, call in CASES:
    print(name, logged(call))

"""Second orders through topk/sort, sequence, upsampling, group-norm, im2col, pad, depth/space and indexing ops:
the values MXNet 1.9.1 gives, or the backward op without a gradient that it names, or the unreachable variable."""
import re

import numpy as np

import mxnet as mx
from mxnet import autograd, nd


def failure(e):
    text = str(e)
    for pattern in (r"Operator (\S+) is non-differentiable", r"with respect to the (\d+)-th variable"):
        found = re.search(pattern, text)
        if found:
            return found.group(1)
    return type(e).__name__


def orders(name, f, shape=(2, 3), count=3):
    x = nd.array(np.random.RandomState(0).uniform(0.2, 0.9, shape), dtype="float64")
    x.attach_grad()
    shown = []
    try:
        with autograd.record():
            g = f(x)
            for order in range(count):
                head = nd.ones(g.shape, dtype=g.dtype)
                g = autograd.grad(g, [x], head_grads=head, create_graph=order < count - 1, retain_graph=True)[0]
                shown.append(np.round(g.asnumpy(), 5).ravel()[:4].tolist())
    except mx.base.MXNetError as e:
        shown.append(failure(e))
    print(name, shown)


for ret_typ in ("indices", "mask", "value"):
    orders("topk " + ret_typ, lambda x, r=ret_typ: nd.topk(nd.sin(x), ret_typ=r, k=2, axis=1, is_ascend=True))
orders("topk both, values", lambda x: nd.topk(nd.sin(x), ret_typ="both", k=2)[0])
orders("topk both, indices", lambda x: nd.topk(nd.sin(x), ret_typ="both", k=2)[1])
orders("argsort", lambda x: nd.argsort(nd.sin(x)))
orders("sort axis=1", lambda x: nd.sort(nd.sin(x), axis=1))
orders("sort of x", lambda x: nd.sort(x, axis=0))
orders("SequenceMask", lambda x: nd.SequenceMask(nd.sin(x)))
orders("SequenceMask lengths", lambda x: nd.SequenceMask(nd.sin(x), nd.array([1, 2, 1]), use_sequence_length=True))
orders("SequenceReverse", lambda x: nd.SequenceReverse(nd.sin(x)))
orders("SequenceReverse of x", lambda x: nd.SequenceReverse(x))
IMAGE = (1, 1, 2, 3)
orders("UpSampling", lambda x: nd.UpSampling(nd.sin(x), scale=2, sample_type="nearest"), IMAGE)
orders("UpSampling of x", lambda x: nd.UpSampling(x, scale=2, sample_type="nearest"), IMAGE)
orders("UpSampling two", lambda x: nd.UpSampling(nd.sin(x), nd.cos(x), scale=2, sample_type="nearest", num_args=2),
       IMAGE)
ONE, ZERO = nd.ones((1,), dtype="float64"), nd.zeros((1,), dtype="float64")
orders("GroupNorm", lambda x: nd.GroupNorm(x, ONE, ZERO), IMAGE)
orders("im2col", lambda x: nd.im2col(nd.sin(x), kernel=(1, 1)), IMAGE)
orders("im2col of x", lambda x: nd.im2col(x, kernel=(1, 1)), IMAGE)
orders("col2im", lambda x: nd.col2im(nd.sin(x).reshape((1, 1, 6)), output_size=(2, 3), kernel=(1, 1)), IMAGE)
orders("Pad", lambda x: nd.Pad(nd.sin(x), mode="constant", pad_width=(0, 0, 0, 0, 1, 1, 1, 1)), IMAGE)
orders("pad edge", lambda x: nd.pad(nd.sin(x), mode="edge", pad_width=(0, 0, 0, 0, 1, 1, 1, 1)), IMAGE)
orders("depth_to_space", lambda x: nd.depth_to_space(nd.sin(nd.tile(x, (1, 4, 1, 1))), 2), IMAGE)
orders("depth_to_space of tile", lambda x: nd.depth_to_space(nd.tile(x, (1, 4, 1, 1)), 2), IMAGE)
orders("space_to_depth", lambda x: nd.space_to_depth(nd.sin(x[:, :, :, :2]), 2), IMAGE)
orders("space_to_depth of x", lambda x: nd.space_to_depth(x[:, :, :, :2], 2), IMAGE)
for key in ("y[0]", "y[0, 0]", "y[0, 1:]", "y[:, 0]", "y[1:, 0, 2]", "y[0, 0, 0]", "y[None, 0]", "y[..., 0]",
            "y[::2]", "y[:, ::-1]", "y[:, :, 1:3]", "y[[0, 1]]", "y[0, [0, 1]]", "y[nd.array([1, 0])]",
            "y[nd.array([0, 1]), 0]", "y[[0, 1], :, 1:]", "y[[1, 1, 0]]"):
    orders("square " + key, lambda x, k=key: nd.square(eval(k, {"nd": nd, "y": x})), (2, 3, 4))
    orders("sin then " + key, lambda x, k=key: eval(k, {"nd": nd, "y": nd.sin(x)}), (2, 3, 4))
    orders("x " + key, lambda x, k=key: eval(k, {"nd": nd, "y": x}), (2, 3, 4))

"""SyncBatchNorm (nd.contrib and gluon.contrib.nn) with parameters of the wrong channel count: the output is made, reading it fails with mshadow's broadcast or shape check and its source line, in training and inference."""
# recorded on AVX2
import warnings

import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon.contrib import nn as contrib_nn

warnings.simplefilter("ignore")


def msg(e):
    return " | ".join(str(e).strip().splitlines())


cases = [((2, 3, 2, 2), (2,), (2,), (3,), (3,)), ((2, 3, 2, 2), (3,), (3,), (2,), (3,)),
         ((2, 3, 2, 2), (3,), (2,), (3,), (3,)), ((2, 3, 2, 2), (3,), (3,), (3,), (4,)),
         ((2, 3, 2, 2), (4,), (4,), (4,), (4,))]
for train in [False, True]:
    for i, shapes in enumerate(cases):
        x, params = nd.ones(shapes[0]), [nd.ones(s) for s in shapes[1:]]
        try:
            with autograd.record(train_mode=train):
                y = nd.contrib.SyncBatchNorm(x, *params, key="k%d%d" % (train, i), fix_gamma=False)
            print("training" if train else "inference", shapes[1:], "made", y.shape)
            y.asnumpy()
        except Exception as e:
            print("  ERR", type(e).__name__, msg(e))

for train in [False, True]:
    block = contrib_nn.SyncBatchNorm(in_channels=2)
    block.initialize()
    try:
        with autograd.record(train_mode=train):
            y = block(nd.ones((2, 3, 2, 2)))
        print("block", "training" if train else "inference", "made", y.shape)
        y.asnumpy()
    except Exception as e:
        print("  ERR", type(e).__name__, msg(e))

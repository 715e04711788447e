"""Pooling (3x3, stride 1, padded) over a channel concat of 1x1 convolutions' outputs held in blocks with the images inside them runs oneDNN's reference kernel, whose data gradient adds each window's share in output order, in training (max and avg) and avg in predict mode, as MXNet does."""
import zlib

import numpy as np
from mxnet import autograd, nd


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


rs = np.random.RandomState(5)
cases = [(1, (8, 8)), (2, (8, 24)), (4, (8, 16, 8, 8)), (4, (8, 8, 8, 8, 8)), (4, (8, 8, 8, 8)), (3, (16, 8)),
         (1, (16, 16, 8))]
for train, pool in ((True, "max"), (True, "avg"), (False, "avg")):
    for images, parts in cases:
        z = nd.array(rs.rand(images, 16, 7, 7).astype("float32"))
        z.attach_grad()
        ws = [nd.array((rs.rand(c, 16, 1, 1) - 0.5).astype("float32")) for c in parts]
        with autograd.record(train_mode=train):
            x = nd.concat(*[nd.Convolution(z, w, no_bias=True, kernel=(1, 1), num_filter=w.shape[0]) for w in ws],
                          dim=1)
            y = nd.Pooling(x, kernel=(3, 3), stride=(1, 1), pad=(1, 1), pool_type=pool)
            y2 = nd.Pooling(y, kernel=(2, 2), stride=(2, 2), pool_type="avg")
        y2.backward(nd.array(rs.uniform(-1, 1, y2.shape).astype("float32")), train_mode=train)
        print(train, images, parts, pool, crc(y), crc(y2), crc(z.grad))

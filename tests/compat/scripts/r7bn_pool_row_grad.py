# BatchNorm's backward when its gradient comes through a pooling whose output has one row (a global pool,
# a kernel as tall as the input) of blocked data: oneDNN gives that gradient with the spatial axes outermost,
# which BatchNorm's blocked kernel refuses, so MXNet runs the reference kernel (the plain layout's sums).
# An activation between them passes that layout on. sha256 of the gradients' bits.
import hashlib

import numpy as np
import mxnet as mx

nd = mx.nd


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(17)).astype(np.float32).reshape(shape)


def small_ints(shape, salt):
    """Convolution operands whose sums are exact in any order: only the normalisation's order shows."""
    n = int(np.prod(shape))
    return (np.arange(n) * (37 + salt) % 7 - 3).astype(np.float32).reshape(shape)


def digest(a):
    return hashlib.sha256(a.asnumpy().tobytes()).hexdigest()[:16]


POOLS = {
    "global avg": dict(kernel=(1, 1), global_pool=True, pool_type="avg"),
    "global max": dict(kernel=(1, 1), global_pool=True, pool_type="max"),
    "full-height avg": dict(kernel=(6, 3), stride=(1, 3), pool_type="avg"),
    "full-width max": dict(kernel=(3, 6), stride=(3, 1), pool_type="max"),
    "2x2 avg": dict(kernel=(2, 2), stride=(2, 2), pool_type="avg"),
}
for f in (16, 8):
    for name, pool in POOLS.items():
        for act in (None, "relu", "leaky"):
            x = nd.array(small_ints((3, 3, 6, 6), 0))
            w = nd.array(small_ints((f, 3, 3, 3), 1))
            gamma, beta = nd.array(values((f,), 2)), nd.array(values((f,), 3))
            for p in (w, gamma, beta):
                p.attach_grad()
            with mx.autograd.record():
                y = nd.Convolution(x, w, kernel=(3, 3), pad=(1, 1), num_filter=f, no_bias=True)
                y = nd.BatchNorm(y, gamma, beta, nd.zeros(f), nd.ones(f), fix_gamma=False)
                if act == "relu":
                    y = nd.Activation(y, act_type="relu")
                elif act == "leaky":
                    y = nd.LeakyReLU(y, slope=0.1)
                y = nd.Pooling(y, **pool)
            y.backward(nd.array(values(y.shape, 4)))
            print(f, name, act, digest(y), digest(gamma.grad), digest(beta.grad), digest(w.grad))

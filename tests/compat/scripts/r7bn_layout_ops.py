# BatchNorm after operators that keep a blocked convolution output in oneDNN's blocked layout (Activation's
# oneDNN types, LeakyReLU leaky/elu/gelu, max/avg Pooling, LRN, elemwise_add, add_n, Concat on a non-batch
# axis) and after those that give a plain array (relu, sigmoid, softsign, prelu, lp pooling, broadcast add,
# Concat on the batch axis, mixed 8/16 blocks). sha256 of the bits of BatchNorm's output and moving statistics.
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


def conv(x, f, salt=1):
    w = nd.array(small_ints((f, x.shape[1], 3, 3), salt))
    return nd.Convolution(x, w, kernel=(3, 3), pad=(1, 1), num_filter=f, no_bias=True)


OPS = {
    "Activation relu": lambda t: nd.Activation(t, act_type="relu"),
    "Activation sigmoid": lambda t: nd.Activation(t, act_type="sigmoid"),
    "Activation tanh": lambda t: nd.Activation(t, act_type="tanh"),
    "Activation softrelu": lambda t: nd.Activation(t, act_type="softrelu"),
    "Activation softsign": lambda t: nd.Activation(t, act_type="softsign"),
    "relu": nd.relu,
    "sigmoid": nd.sigmoid,
    "LeakyReLU leaky": lambda t: nd.LeakyReLU(t, slope=0.1),
    "LeakyReLU elu": lambda t: nd.LeakyReLU(t, act_type="elu"),
    "LeakyReLU gelu": lambda t: nd.LeakyReLU(t, act_type="gelu"),
    "LeakyReLU prelu": lambda t: nd.LeakyReLU(t, nd.ones(t.shape[1]) * 0.2, act_type="prelu"),
    "Pooling max": lambda t: nd.Pooling(t, kernel=(2, 2), stride=(1, 1), pool_type="max"),
    "Pooling avg": lambda t: nd.Pooling(t, kernel=(3, 3), pad=(1, 1), pool_type="avg"),
    "Pooling max full": lambda t: nd.Pooling(t, kernel=(2, 2), stride=(2, 2), pooling_convention="full"),
    "Pooling lp": lambda t: nd.Pooling(t, kernel=(2, 2), pool_type="lp", p_value=2),
    "LRN": lambda t: nd.LRN(t, nsize=5),
    "elemwise_add": lambda t: nd.elemwise_add(t, t),
    "add_n": lambda t: nd.add_n(t, t),
    "broadcast_add": lambda t: t + t,
    "concat dim 1": lambda t: nd.concat(t, t, dim=1),
    "concat dim 2": lambda t: nd.concat(t, t, dim=2),
    "concat dim 0": lambda t: nd.concat(t, t, dim=0),
}
for f in (16, 8):
    x = nd.array(small_ints((2, 3, 7, 7), 0))
    for name, op in OPS.items():
        for train in (True, False):
            with mx.autograd.record(train_mode=train):
                t = op(conv(x, f))
                c = t.shape[1]
                mean, var = nd.array(values((c,), 5)), nd.array(values((c,), 6) ** 2 + 0.5)
                out = nd.BatchNorm(t, nd.array(values((c,), 2)), nd.array(values((c,), 3)), mean, var,
                                   fix_gamma=False, use_global_stats=not train)
            print(f, name, train, digest(out), digest(mean), digest(var))
# mixed inputs: a plain array with a blocked one (in inference the first input decides), 8 with 16 channels
x = nd.array(small_ints((2, 3, 7, 7), 0))
plain = nd.array(values((2, 16, 7, 7), 7))
for name, op in {"elemwise_add blocked plain": lambda a, b: nd.elemwise_add(a, plain),
                 "elemwise_add plain blocked": lambda a, b: nd.elemwise_add(plain, a),
                 "concat plain blocked": lambda a, b: nd.concat(plain, a, dim=1),
                 "concat 16 8": lambda a, b: nd.concat(a, b, dim=1)}.items():
    for train in (True, False):
        with mx.autograd.record(train_mode=train):
            t = op(conv(x, 16), conv(x, 8, 2))
            c = t.shape[1]
            out = nd.BatchNorm(t, nd.array(values((c,), 2)), nd.array(values((c,), 3)), nd.zeros(c), nd.ones(c),
                               fix_gamma=False, use_global_stats=not train)
        print(name, train, digest(out))

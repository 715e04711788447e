"""Optimizer updates on integer weights, csr gradients to AdaGrad: which call refuses, the message, what the weight and states hold after."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd


def last_line(e):
    return str(e).strip().splitlines()[-1]


def attempt(label, f):
    try:
        f()
        print(label, "returned")
    except Exception as e:
        print(label, type(e).__name__, last_line(e))


def read(label, x):
    try:
        print(label, x.asnumpy().ravel().tolist())
    except Exception as e:
        print(label, "read:", type(e).__name__, last_line(e))


# a weight of an integer dtype with a float gradient: the fused operators' type inference refuses the pair
for name in ['sgd', 'adam', 'nag', 'signum', 'ftml', 'lamb', 'sgld']:
    for mp in [False, True]:
        o = mx.optimizer.create(name, learning_rate=0.1, multi_precision=mp)
        w = nd.array([[1, 2]], dtype='uint8')
        g = nd.array([[1, 2]], dtype='float32')
        st = o.create_state_multi_precision(0, w)
        attempt("%s mp=%s" % (name, mp), lambda: o.update_multi_precision(0, w, g, st))
        read("  weight", w)

# SGLD on integer weights: the arithmetic runs, the noise sampler refuses the dtype at the call
for dt in ['int32', 'int64', 'int8']:
    for lr, wd, rescale in [(0.5, 0.1, 0.7), (6.0, 2.5, 1.7)]:
        o = mx.optimizer.create('sgld', learning_rate=lr, wd=wd, rescale_grad=rescale)
        w = nd.array([[10, 20, 3]], dtype=dt)
        g = nd.array([[5, -7, 3]], dtype=dt)
        attempt("sgld %s lr=%s" % (dt, lr), lambda: o.update(0, w, g, None))
        read("  weight", w)
        print("  num_update", o.num_update)

# AdaGrad with a csr gradient: the history is updated, the weight carries the division's error
for dt in ['float32', 'float64']:
    o = mx.optimizer.create('adagrad', learning_rate=0.1, rescale_grad=0.5, clip_gradient=0.3)
    w = nd.ones((3, 2), dtype=dt)
    g = (nd.arange(6).reshape((3, 2)) * 0.1).astype(dt).tostype('csr')
    st = o.create_state(0, w)
    attempt("adagrad csr " + dt, lambda: o.update(0, w, g, st))
    print("  history", [float(v).hex() for v in st.asnumpy().ravel()])
    read("  weight", w)
    read("  weight again", w)
    print("  num_update", o.num_update)
    nd.waitall()

# SGLD on uint8 weights with clip_gradient: values compare with the bound as integers (none falls below -bound)
for clip in [4, 100]:
    o = mx.optimizer.create('sgld', learning_rate=6.0, wd=2.5, rescale_grad=1.7, clip_gradient=clip)
    w = nd.array([[10, 20, 3]], dtype='uint8')
    g = nd.array([[5, 249, 3]], dtype='uint8')
    attempt("sgld uint8 clip=%d" % clip, lambda: o.update(0, w, g, None))
    read("  weight", w)

"""LBSGD with float16 weights and multi_precision: the completing step rounds as mp_sgd_update (infinite weights stay infinite), a gathering step is a zero-rate sgd_update on the float16 weight, 0-size and row_sparse weights get their master copies."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd


def hexes(a):
    return [float(v).hex() for v in a.asnumpy().astype(np.float64).ravel()]


cases = [
    dict(learning_rate=1.0, wd=0.0),
    dict(learning_rate=0.5, wd=0.1),
    dict(learning_rate=0.1, wd=0.01, clip_gradient=1.0, rescale_grad=0.5),
    dict(learning_rate=0.1, wd=0.01, momentum=0.9),
    dict(learning_rate=0.3, batch_scale=2, warmup_strategy='power2', updates_per_epoch=2),
]
for kw in cases:
    o = mx.optimizer.create('lbsgd', multi_precision=True, **kw)
    w = nd.array([0.0, -0.0, 3.0, -1.5, 0.25, 7.0], dtype='float16')
    st = o.create_state(0, w)      # (momentum or None, float32 master copy)
    grads = [[float('inf'), -float('inf'), 0.0, 1.0, -2.0, 0.5],
             [float('inf'), -float('inf'), 1e-4, -0.3, 2.5, 60000.0],
             [-1.0, 1.0, float('nan'), 0.1, 0.2, 0.3]]
    print(sorted(kw.items()))
    for k, g in enumerate(grads):
        o.update(0, w, nd.array(g, dtype="float16"), st)
        print(" step", k, "weight", hexes(w))
        print("        master", hexes(st[1]))

# a 0-size weight gets its (empty) master copy
o = mx.optimizer.create('lbsgd', multi_precision=True)
st = o.create_state(0, nd.array(np.zeros((0, 3)), dtype='float16'))
print("0-size", st[0], st[1].shape, st[1].dtype)

# row_sparse weights with a row of zeros: the multi-precision step falls back to dense kernels
for mom in [0.0, 0.9]:
    o = mx.optimizer.create('lbsgd', multi_precision=True, momentum=mom, learning_rate=0.1)
    w = nd.array([[1, 2], [0, 0], [3, 4]], dtype='float16').tostype('row_sparse')
    st = o.create_state(0, w)
    print("momentum", mom, [None if s is None else (s.stype, s.dtype.__name__) for s in st])
    for k in range(2):
        g = nd.array([[1, 1], [0, 0], [2, -2 * k]], dtype='float16').tostype('row_sparse')
        o.update(0, w, g, st)
        print(" ", w.stype, hexes(w), hexes(st[1]))

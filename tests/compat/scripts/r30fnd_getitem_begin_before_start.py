"""x[key] of float32 arrays (legacy and mx.np) whose basic key is read by the slice op with a start before an axis's start: oneDNN's failure when read; contiguous keys and steps read."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd

KEYS = [np.s_[-10:10], np.s_[:, -10:], np.s_[-10:, -10:3], np.s_[-10:2, 1], np.s_[1, -10:2], np.s_[..., -10:2],
        np.s_[None, -10:2, 1:3], np.s_[-10:2, ::2], np.s_[-10:2, 0:5:1], np.s_[-10:0, 1:2], np.s_[-5:-4, 1:3],
        np.s_[-5:-3, 1:3], np.s_[-10:, -1]]
for make in (nd.array, mx.np.array):
    for dtype in ("float32", "float64"):
        x = make(np.arange(20).reshape(4, 5), dtype=dtype)
        for k in KEYS:
            try:
                print(type(x).__name__, dtype, k, x[k].asnumpy().tolist())
            except Exception as e:
                print(type(x).__name__, dtype, k, type(e).__name__, repr(str(e)))
for shape, k in [((2, 3, 4, 5), np.s_[:, -10:, 1:2]), ((2, 3, 4), np.s_[:, -10:, 1:2]), ((2, 3, 4, 5, 2), np.s_[:, -10:, 1:2])]:
    x = nd.array(np.arange(np.prod(shape)).reshape(shape))
    try:
        print(shape, k, x[k].shape, x[k].asnumpy().sum())
    except Exception as e:
        print(shape, k, type(e).__name__, repr(str(e)))
# (last: MXNet's engine may hand the unraised error of the recorded read to arrays made later)
for make in (nd.array, mx.np.array):
    x = make(np.arange(20).reshape(4, 5), dtype="float32")
    x.attach_grad()
    with mx.autograd.record():
        y = x[-10:, -10:3]
    y.backward()
    print("grad", x.grad.asnumpy().tolist())

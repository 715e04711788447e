"""Sequence* ops check rank and time axis, split_v2's Python wrapper checks axis and sections, as MXNet does."""
import numpy as np
import mxnet as mx
from mxnet import nd


def show(tag, f):
    try:
        r = f()
        rs = r if isinstance(r, list) else [r]
        print(tag, [(x.shape, x.asnumpy().tolist()) for x in rs])
    except Exception as e:
        print(tag, type(e).__name__, "" if isinstance(e, mx.base.MXNetError) else str(e))


x = nd.array(np.arange(6).reshape((3, 2)))
for name in ["SequenceMask", "SequenceLast", "SequenceReverse"]:
    op = getattr(nd, name)
    show(name + " rank 1", lambda: op(nd.array([1, 2, 3])))
    for axis in [0, 1, -1, 2]:
        show(f"{name} axis {axis}", lambda: op(x, axis=axis))
        show(f"{name} axis {axis} lengths", lambda: op(x, nd.array([1, 2]), use_sequence_length=True, axis=axis))
y = nd.array(np.arange(8).reshape((4, 2)))
for ios in [2, 3, 0, (1,), (1, 3), [1], 1.5]:
    for axis in [0, 1, -1, -2, 2, -3]:
        show(f"split_v2 {ios!r} axis {axis}", lambda: nd.split_v2(y, ios, axis=axis))

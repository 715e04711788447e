"""max/min of zero-size arrays: legacy shapes leave them unknown, NumPy shapes refuse the size before the axes."""
import numpy as np
import mxnet as mx
from _words import words
for sh in [(0,), (0, 3)]:
    for f in [mx.nd.max, mx.nd.min]:
        try: print(f(mx.nd.array(np.zeros(sh))).shape)
        except Exception as e: print(words(e))
with mx.util.np_shape(True):
    for sh in [(0,), (0, 3), (3, 0), (2, 0, 4)]:
        for kw in [{}, dict(axis=0), dict(axis=1), dict(axis=1, keepdims=True), dict(axis=0, exclude=True), dict(axis=5)]:
            for f in [mx.nd.max, mx.nd.min, mx.nd.max_axis, mx.nd.min_axis]:
                try: print(sh, kw, f(mx.nd.zeros(sh, dtype='int32'), **kw).shape)
                except Exception as e: print(sh, kw, words(e))
    print(mx.nd.max(mx.nd.array([[1.0, -0.0]]), axis=1))

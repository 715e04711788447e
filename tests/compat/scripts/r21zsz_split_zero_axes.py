"""split (SliceChannel) of arrays with zero-size axes, with and without squeeze_axis, under both shape semantics."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words

CASES = [((0, 3), 0, 2, False), ((0, 3), 0, 2, True), ((2, 0, 4), 1, 3, False), ((2, 0, 4), 0, 3, False),
         ((3, 0), 1, 2, True), ((2, 0, 4), 0, 2, True), ((2, 0, 4), -1, 2, False), ((0,), 0, 4, False)]
for np_shape in [False, True]:
    print("-- np_shape", np_shape)
    with mx.util.np_shape(np_shape):
        for shape, axis, n, squeeze in CASES + ([((0, 3), 0, 1, True), ((2, 0, 4), 1, 1, True)] if np_shape else []):
            data = nd.zeros(shape) if np_shape else nd.array(np.zeros(shape))
            try:
                r = nd.split(data, num_outputs=n, axis=axis, squeeze_axis=squeeze)
                print(shape, axis, n, squeeze, [p.shape for p in r] if isinstance(r, list) else r.shape)
            except Exception as e:
                print(shape, axis, n, squeeze, words(e))

"""Writes through a key with None entries: MXNet squeezes the value's new axes only when it is wider than the selection (at least one element wide), and a numpy value written to the whole array is broadcast by numpy's rules, unsqueezed."""
# recorded on AVX2
import numpy as np
from mxnet import nd

CASES = [((2,), (None, -1), np.ones(2)), ((2,), (None, -1), nd.ones(2)), ((2,), (None, 0), [1, 2]),
         ((2, 3), (None, 0, 1), np.ones((2,))), ((2, 3), (None, 0, 1), np.ones((1, 1))),
         ((2, 3), (0, None, 1), np.ones((3, 1))), ((2, 3), (None, 0), np.ones((1, 3))),
         ((2, 3), (None, 0), np.ones((2, 3))), ((2,), (None, 1), np.ones((1, 1))),
         ((3, 1), (slice(None), None, 0), np.ones((1, 3, 1))), ((3, 1), (slice(None), None, 0), np.ones((3, 1))),
         ((3, 1), (slice(None), None, 0), np.ones((3,))), ((3, 1), (None, slice(None), 0), np.ones((1, 3))),
         ((3, 1), (None, slice(None), 0), np.ones((3, 1, 1))), ((3, 1), (None, slice(None)), np.ones((1, 3, 1))),
         ((3, 2), (None, slice(None)), np.ones((1, 3, 2))), ((3, 2), (None, Ellipsis), np.ones((2,))),
         ((3, 1), (slice(None), None, 0), nd.ones((1, 3, 1))), ((3, 1), (slice(None), None, 0), [[[1], [2], [3]]])]
for shape, key, value in CASES:
    x = nd.zeros(shape)
    try:
        x[key] = value
        print(shape, key, "ok", x.asnumpy().tolist())
    except Exception as e:
        print(shape, key, type(e).__name__, repr(str(e)))

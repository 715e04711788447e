"""Writing a value with elements into an empty basic selection of an NDArray refuses it as MXNet's setitem does: broadcast without the integer axes, reshaped with them by the reshape method (its errors), then the slice assignment's shape check."""
# recorded on AVX2
import numpy as np
from mxnet import nd

CASES = [((3, 3, 2), (0, slice(-4, 0), slice(-5, 1, 1)), nd.array([7])),
         ((3, 3, 2), (0, slice(1, 1)), nd.array([7])),
         ((3, 3, 2), (0, slice(1, 1)), 7.0),
         ((3, 3, 2), (0, slice(1, 1)), [7, 8]),
         ((3, 3, 2), (0, slice(1, 1)), nd.ones((1, 2))),
         ((3, 3, 2), (0, slice(1, 1), 1), nd.ones((1,))),
         ((3, 3, 2), (0, 1, slice(1, 1)), np.ones(1)),
         ((3, 3, 2), (slice(None), 0, slice(1, 1)), nd.ones((1,))),
         ((3, 3, 2), (0, slice(2, 0, -1), slice(1, 1)), nd.ones((1,))),
         ((1, 2, 1), (0, slice(-1, 3, -2)), nd.array([1])),
         ((4, 3), (0, slice(3, 3)), nd.ones((3,))),
         ((4, 3), (-1, slice(0, 0)), nd.ones((1,))),
         ((4, 3), (0, slice(0, 0)), nd.array([[5]])),
         ((4, 3, 2), (0, slice(0, 0), 0), [5]),
         ((3, 2), (slice(1, 1),), nd.ones((1,))),
         ((3, 2), (slice(2, 1), slice(None)), nd.ones((2,))),
         ((3, 2), (slice(None), slice(1, 1)), np.ones((3, 1)))]
for shape, key, value in CASES:
    x = nd.zeros(shape)
    try:
        x[key] = value
        print(shape, key, "ok", x.sum().asscalar())
    except Exception as e:
        print(shape, key, type(e).__name__, repr(str(e)))

"""Keys on legacy arrays with a zero-length axis: MXNet's fast paths pass, its gather and its reshape of a later empty axis fail."""
import numpy as np
import mxnet as mx
from _words import words

KEYS = [0, slice(1, 3), None, Ellipsis, (None, None), slice(None, None, -1), slice(None, None, 2),
        (slice(None), None), (0, None), [0], (slice(None), [0]), (None, [0, 1])]

for shape in [(0,), (0, 3), (4, 0), (2, 0, 3), (2, 3, 0), (0, 0), (0, 2, 3)]:
    print("--", shape)
    for key in KEYS:
        x = mx.nd.array(np.zeros(shape))
        try:
            r = x[key]
            print(repr(key), "->", r.shape)
        except Exception as e:
            print(repr(key), "->", words(e))

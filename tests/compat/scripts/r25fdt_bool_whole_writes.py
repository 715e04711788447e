"""Writing an array of another dtype into a bool mx.np array: a key selecting every element copies it
(integers only on axes of length 1); any other part of a bool array fails when read."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
KEYS = [((1, 3), (0,)), ((1, 3), (-1,)), ((1, 3), (0, slice(None))), ((1, 3), (0, slice(0, 3))),
        ((1, 3), (slice(None), 1)), ((2, 1, 3), (slice(None), 0)), ((2, 1, 3), (slice(None), 0, slice(None))),
        ((1, 1, 3), (0, 0)), ((1, 1, 3), (0,)), ((1, 1, 3), (Ellipsis, 0, slice(None))), ((3, 1), (slice(None), 0)),
        ((1, 3), (0, Ellipsis)), ((1,), (0,)), ((2, 3), (0,)), ((2, 3), (slice(None), slice(0, 3))),
        ((2, 3), (slice(None, None, -1),)), ((1, 3), (None, 0))]
for shape, key in KEYS:
    for src in ['int32', 'float16', 'float64', 'uint8', 'bool']:
        b = np.zeros(shape, dtype='bool')
        v = np.array([0, 2, -1, 3, 1, 0][:b[key].size], dtype=src).reshape(b[key].shape)
        try:
            b[key] = v
            print(shape, key, src, b.dtype, b.tolist())
        except Exception as e:
            print(shape, key, src, words(e))

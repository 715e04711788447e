"""mx.np reductions refuse a bad tuple of axes in MXNet's order: max/min name the first axis given past the
last dimension, then duplicates (negative axes made non-negative), then the largest axis, then one below 0."""
# recorded on AVX2
import itertools

import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
VALUES = (-6, -3, -1, 0, 1, 2, 5)
AXES = [(v,) for v in VALUES] + list(itertools.product(VALUES, repeat=2)) + [(0, 5, 2), (4, 5, 0), (2, 2, -6)]
for name in ("max", "min", "amax", "sum", "mean", "prod", "std", "var", "all", "any"):
    for ndim in (2, 3):
        a = np.ones((2, 3, 4)[:ndim])
        seen = {}
        for axis in AXES:
            try:
                text = "shape %s" % (getattr(np, name)(a, axis=axis).shape,)
            except mx.MXNetError as e:
                text = words(e)
            seen.setdefault(text, []).append(axis)
        for text, axes in seen.items():
            print(name, ndim, text, axes)
x = np.ones((2, 3))
for method in ("max", "sum", "mean", "prod", "all"):
    for axis in ((3, 2), (-5, 4), (2, 2), (-5, -5)):
        try:
            print(method, axis, getattr(x, method)(axis=axis).shape)
        except mx.MXNetError as e:
            print(method, axis, words(e))

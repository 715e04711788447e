"""reshape's special codes (0, -1, -2, -3, -4, reverse) over data of which some sizes are unknown (0): what MXNet's
shape function infers forwards and backwards, and its checks of codes that do not fit."""
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")
d = mx.sym.var("d")
for shape in [(-4, 1, 2, 0), (-4, -1, 2, -2), (0, -1), (-1, 0), (-3, -2), (-2,), (0, 0, -1), (2, -1), (-3, 4),
              (-4, 2, -1, -2), (-1,), (3, -1, 2)]:
    for reverse in (False, True):
        sym = mx.sym.reshape(d, shape=shape, reverse=reverse, name="r")
        for given in [(0, 3), (2, 0), (0, 3, 4), (2, 0, 4), (2, 3, 0), (0, 0, 4), (4, 0)]:
            try:
                print(shape, reverse, given, sym.infer_shape_partial(d=given))
            except mx.base.MXNetError as e:
                print(shape, reverse, given, words(e))

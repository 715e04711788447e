"""image.resize keeping the ratio of a one-number size, its input's height or width unknown (0) to shape
inference: the other side computed from -1 is refused when below -1 (both unknown: the size is kept as a square)."""
# recorded on AVX2
import mxnet as mx
from _words import words

data = mx.sym.var("data")
for size in [4, 7]:
    s = mx.sym.image.resize(data, size, True)
    for shape in [(0, 6, 3), (6, 0, 3), (0, 1, 3), (1, 0, 3), (3, 0, 6, 3), (3, 6, 0, 3), (0, 9, 2, 1), (5, 6, 3),
                  (0, 0, 3), (2, 0, 0, 3), (0, 0, 0, 1)]:
        for how in ["infer_shape", "infer_shape_partial"]:
            try:
                print(size, shape, how, getattr(s, how)(data=shape)[1])
            except mx.base.MXNetError as e:
                print(size, shape, how, words(e))

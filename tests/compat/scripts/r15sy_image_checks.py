"""image.normalize, image.crop and the (height, width, channels) image ops with data of unknown (0) sizes: MXNet's
channel and box checks read them as -1 and print the shape so; SoftmaxOutput over several outputs needs every size."""
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")
d = mx.sym.var("d")
I = mx.sym.image
cases = [I.normalize(d, mean=(0.5,), std=(0.2,)), I.crop(d, 0, 0, 1, 2), I.crop(d, 1, 1, 1, 1), I.flip_left_right(d),
         I.random_brightness(d, 0.1, 0.2), I.adjust_lighting(d, alpha=(0.1, 0.1, 0.1)),
         mx.sym.SoftmaxOutput(d, multi_output=True), mx.sym.SoftmaxOutput(d)]
for s in cases:
    for g in [(0, 2, 2), (3, 0, 2), (3, 2, 0), (1, 0, 2, 2), (1, 3, 0, 2), (1, 3, 2, 0), (0, 3, 2, 2), (2, 2, 3),
              (0, 0, 0), (2, 0, 3), (0, 2, 3), (2, 2, 0), (1, 2, 2, 0), (1, 0, 2, 3), (1, 2, 0, 3)]:
        try:
            r = s.infer_shape_partial(d=g)
        except mx.base.MXNetError as e:
            r = words(e)
        print(s.name, g, r)

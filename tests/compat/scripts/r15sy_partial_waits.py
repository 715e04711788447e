"""Where MXNet's shape functions wait for every size (im2col, col2im, LRN, argmax_channel, BilinearResize2D,
AdaptiveAvgPooling2D, box_nms) and where they fill unknown sizes (the samplers' parameter arrays share one shape,
arrays of two shapes leave the draw undecided)."""
import warnings

import mxnet as mx
from _words import words

S = mx.sym
d, a, b = S.var("d"), S.var("a"), S.var("b")
cases = [
    (S.im2col(d, kernel=(2, 2), name="n"), [{"d": (0, 1, 3, 3)}, {"d": (2, 1, 3, 3)}]),
    (S.col2im(d, output_size=(3, 3), kernel=(2, 2), name="n"), [{"d": (0, 4, 4)}, {"d": (1, 4, 4)}]),
    (S.LRN(d, nsize=3, name="n"), [{"d": (0, 3, 2, 2)}, {"d": (1, 3, 2, 2)}]),
    (S.argmax_channel(d, name="n"), [{"d": (0, 3)}, {"d": (2, 3)}]),
    (S.contrib.BilinearResize2D(d, height=4, width=4, name="n"), [{"d": (0, 1, 2, 2)}, {"d": (1, 1, 2, 2)}]),
    (S.contrib.AdaptiveAvgPooling2D(d, output_size=1, name="n"), [{"d": (0, 1, 4, 4)}, {"d": (1, 1, 4, 4)}]),
    (S.contrib.box_nms(d, name="n"), [{"d": (0, 3, 6)}, {"d": (1, 3, 6)}]),
]
for sampler in (S.sample_uniform, S.sample_normal, S.sample_gamma):
    cases.append((sampler(a, b, shape=(2,), name="n"),
                  [{"a": (3,)}, {"a": (0,)}, {"a": (3,), "b": (0,)}, {"a": (3,), "b": (4,)}, {"a": (2, 0), "b": (0, 3)},
                   {"a": (3,), "b": (3,)}]))
cases.append((S.sample_exponential(a, shape=3, name="n"), [{"a": (0, 2)}, {"a": (2,)}]))
cases.append((S.sample_poisson(a, name="n"), [{"a": (0, 2)}, {"a": (2,)}]))
for sym, given_list in cases:
    for given in given_list:
        for infer in (sym.infer_shape_partial, sym.infer_shape):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    print(sym.name, infer.__name__, given, "->", infer(**given))
                except mx.base.MXNetError as err:
                    print(sym.name, infer.__name__, given, "->", words(err))

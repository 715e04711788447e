"""Partial shape inference through channels-last convolutions, as a ConvRNNCell in NHWC builds them: a begin state
of unknown batch takes it from the step's output; a channels-last Deconvolution's weight shape."""
# recorded on AVX2
import itertools
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")
S, R = mx.sym, mx.rnn

LAYOUTS = {"NCW": ((1, 2, 5), 1), "NCHW": ((1, 2, 5, 5), 2), "NHWC": ((1, 5, 5, 2), 2),
           "NCDHW": ((1, 2, 5, 5, 5), 3), "NDHWC": ((1, 5, 5, 5, 2), 3)}
for (layout, (shape, nsp)), stride, unknown, op in itertools.product(LAYOUTS.items(), (1, 2), ("batch", "all", "C"),
                                                                    ("Convolution", "Deconvolution")):
    zeros = tuple(0 if unknown == "all" or (unknown == "batch" and k == 0) or (unknown == layout[k]) else n
                  for k, n in enumerate(shape))
    kw = dict(kernel=(3,) * nsp, pad=(1,) * nsp, stride=(stride,) * nsp, num_filter=2, layout=layout)
    make = getattr(S, op)
    net = make(S.zeros(shape=zeros, name="z"), name="h", **kw) + make(S.Variable("d"), name="i", **kw)
    try:
        inner = net.get_internals()
        found = dict(zip(inner.list_outputs(), inner.infer_shape_partial(d=shape)[1]))
        print(op, layout, stride, zeros, "->", found["z_output"], found["h_output"], found["h_weight"])
    except Exception as e:
        print(op, layout, stride, zeros, words(e))

for layout, shape in (("NHWC", (1, 5, 5, 2)), ("NDHWC", (1, 5, 5, 5, 2)), ("NCHW", (1, 2, 5, 5))):
    n = len(shape) - 2
    for extra in ({}, {"stride": (2,) * n}, {"adj": (1,) * n, "stride": (2,) * n}, {"target_shape": (7,) * n},
                  {"num_group": 2}):
        net = S.Deconvolution(S.Variable("d"), kernel=(3,) * n, num_filter=4, layout=layout, name="i", **extra)
        for given in (shape, (0,) + shape[1:]):
            try:
                print("Deconvolution", layout, extra, given, net.infer_shape_partial(d=given))
            except Exception as e:
                print("Deconvolution", layout, extra, given, words(e))

for merge in (True, False):
    cell = R.ConvRNNCell((1, 4, 4, 2), 2, conv_layout="NHWC", prefix="r_")
    outs, states = cell.unroll(2, S.Variable("data"), merge_outputs=merge)
    inner = S.Group((outs if isinstance(outs, list) else [outs]) + states).get_internals()
    found = dict(zip(inner.list_outputs(), inner.infer_shape(data=(3, 2, 4, 4, 2))[1]))
    shown = sorted((k, v) for k, v in found.items() if "begin" in k or k.endswith("h2h_output"))
    print("ConvRNNCell NHWC", merge, shown)

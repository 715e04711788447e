"""infer_shape_partial with unknown (0) sizes: Pad adds its widths to an unknown size as -1 (reflection refuses it), batch_dot gives up while the left's last or the right's next-to-last size is unknown and else compares contracted sizes as -1; the check lines of repeat, depth_to_space, space_to_depth and Crop."""
# recorded on AVX2
import re
import warnings

import mxnet as mx
from mxnet import sym

warnings.simplefilter("ignore")
x, y = sym.var("x"), sym.var("y")


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        lines = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).splitlines()
        print(label, type(e).__name__, " | ".join(l for l in lines if l.startswith('  File "')), lines[-1][:240])


for mode in ("constant", "edge", "reflect"):
    for width in ((0, 0, 0, 0, 1, 1, 1, 1), (0, 0, 0, 0, 0, 0, 2, 0), (0, 0, 0, 0, 0, 0, 0, 0)):
        for shape in ((2, 3, 0, 4), (0, 3, 4, 4), (2, 3, 4, 0), (0, 0, 0, 0), (0, 3, 2, 2), (2, 3, 0, 4, 5)):
            pad = width + (0, 0) * (len(shape) - 4)
            show(f"pad {mode} {pad} {shape}",
                 lambda: sym.pad(x, mode=mode, pad_width=pad).infer_shape_partial(x=shape)[1])
for xs, ys in [((2, 3, 4), (2, 4, 0)), ((2, 3, 4), (2, 0, 5)), ((2, 0, 4), (2, 4, 5)), ((2, 4, 0), (2, 4, 5)),
               ((2, 0, 0), (2, 4, 5)), ((2, 3, 0), (2, 0, 5)), ((2, 0, 4), (2, 4, 0)), ((0, 3, 0), (2, 4, 5)),
               ((0, 3, 4), (2, 4, 5)), ((2, 3, 0), (2, 4)), ((2, 2, 3, 4), (2, 2, 0, 4)), ((2, 0, 3, 4), (2, 0, 4, 5))]:
    for ta, tb in ((False, False), (True, False), (False, True), (True, True)):
        lhs = xs if not ta else xs[:-2] + (xs[-1], xs[-2])
        rhs = ys if not tb or len(ys) < 3 else ys[:-2] + (ys[-1], ys[-2])
        show(f"batch_dot {lhs} {rhs} {ta} {tb}", lambda: sym.batch_dot(x, y, transpose_a=ta, transpose_b=tb)
             .infer_shape_partial(x=lhs, y=rhs)[1])
show("repeat", lambda: sym.repeat(x, repeats=2, axis=1).infer_shape_partial(x=(2, 0)))
show("depth_to_space", lambda: sym.depth_to_space(x, block_size=2).infer_shape_partial(x=(1, 4, 0, 2)))
show("space_to_depth width", lambda: sym.space_to_depth(x, 2).infer_shape(x=(1, 1, 4, 3)))
show("space_to_depth height", lambda: sym.space_to_depth(x, 2).infer_shape(x=(1, 1, 3, 4)))
show("nd space_to_depth width", lambda: mx.nd.space_to_depth(mx.nd.ones((1, 1, 4, 3)), 2))
show("crop width", lambda: sym.Crop(x, h_w=(2, 2), num_args=1).infer_shape(x=(1, 1, 4, 1)))
show("crop height", lambda: sym.Crop(x, h_w=(2, 2), num_args=1).infer_shape(x=(1, 1, 1, 4)))
show("nd crop width", lambda: mx.nd.Crop(mx.nd.ones((1, 1, 4, 1)), h_w=(2, 2), num_args=1))

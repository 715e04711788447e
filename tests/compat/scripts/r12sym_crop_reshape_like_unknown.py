"""Crop and reshape_like infer shapes with unknown sizes or ranks as MXNet: Crop reads the data's rank and the
window (h_w, or the second input's height and width) and gives (batch, channels) + window; reshape_like reads both
ranks, then refuses unknown sizes it multiplies."""
import re
import warnings

import mxnet as mx

S = mx.sym
a, b = S.var("a"), S.var("b")


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


crops = [S.Crop(a, b, num_args=2, name="n"), S.Crop(a, num_args=1, h_w=(2, 2), name="n")]
likes = [S.reshape_like(a, b, name="n"), S.reshape_like(a, b, lhs_begin=1, rhs_begin=1, rhs_end=2, name="n")]
givens = [{}, dict(a=(1, 1, 4, 4)), dict(a=(0, 1, 4, 4)), dict(a=(5, 1, 4, 0), b=(1, 1, 2, 2)), dict(b=(1, 1, 2, 2)),
          dict(a=(1, 1, 4)), dict(a=(1, 1, 4, 4), b=(1, 1)), dict(a=(1, 1, 4, 4), b=(1, 0, 3, 0)),
          dict(a=(2, 3)), dict(a=(2, 0), b=(3, 2)), dict(a=(2, 3), b=(0, 6)), dict(a=(2, 3), b=(3, 0, 2)),
          dict(a=(2, 3), b=(3, 2)), dict(b=(3, 2))]
for sym in crops + likes:
    for given in givens:
        kwargs = {k: v for k, v in given.items() if k in sym.list_arguments()}
        for infer in (sym.infer_shape, sym.infer_shape_partial):
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    print(kwargs, "->", infer(**kwargs))
                except mx.base.MXNetError as e:
                    print(kwargs, "raised", essential(e))
            for w in caught:
                print("   warned", repr(str(w.message)))

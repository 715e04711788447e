"""Partial shape inference of split_v2 (every cut of an unknown axis fails its end check, a known axis's parts are sized even when other sizes are unknown, a part starting past its end is refused) and of bilinear UpSampling (nothing inferred until the data is fully known)."""
# recorded on AVX2
import re

from mxnet import sym

x, w = sym.var("x"), sym.var("w")


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).splitlines()[-1][:250])


for cuts in [(1,), (0,), (1, 2), 2, 3, 1, (2, 1)]:
    for shape in [(2, 0, 4), (0, 3, 4), (2, 3, 4)]:
        show(f"split_v2 {cuts} {shape}", lambda: sym.split_v2(x, indices_or_sections=cuts, axis=1)
             .infer_shape_partial(x=shape))
show("split_v2 squeeze", lambda: sym.split_v2(x, indices_or_sections=3, axis=1, squeeze_axis=True)
     .infer_shape_partial(x=(0, 3, 4)))
for given in [dict(x=(2, 4, 6, 6)), dict(x=(0, 4, 6, 6)), dict(x=(2, 4, 0, 6)), dict(x=(0, 4, 6, 6), w=(4, 1, 4, 4))]:
    show(f"upsampling {given}", lambda: sym.UpSampling(x, w, scale=2, sample_type="bilinear", num_filter=4)
         .infer_shape_partial(**given))
    show(f"upsampling own weight {given}", lambda: sym.UpSampling(x, scale=2, sample_type="bilinear", num_filter=4)
         .infer_shape_partial(x=given["x"]))

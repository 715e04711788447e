"""Bilinear UpSampling's shape inference reads the data alone: the weight is one filter per data channel and the output keeps the data's channels, whatever num_filter says."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import sym

for nf in [2, 3, 1, 0, 4]:
    for scale in (2, 3):
        s = sym.UpSampling(sym.var("x"), scale=scale, sample_type="bilinear", num_filter=nf, name="up")
        print(nf, scale, s.list_arguments(), s.infer_shape(x=(1, 2, 2, 3)))
        print("  partial", s.infer_shape_partial(x=(1, 2, 2, 3)))
s = sym.UpSampling(sym.var("x"), sym.var("w"), scale=2, sample_type="bilinear", num_filter=3, name="up")
print(s.infer_shape(x=(2, 3, 4, 4), w=(3, 1, 4, 4)))
try:
    s.infer_shape(x=(2, 3, 4, 4), w=(2, 1, 4, 4))
except Exception as e:
    print(type(e).__name__, [re.sub(r"\[\d\d:\d\d:\d\d\] ", "", l) for l in str(e).splitlines() if "Shape" in l])

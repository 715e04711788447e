"""Refusals of ROIAlign's rois type, Crop's and UpSampling's unknown input shapes name MXNet's own source lines (NDArray calls and graph inference)."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import nd, sym


def show(label, e):
    lines = [re.sub(r"\[\d\d:\d\d:\d\d\] ", "", l) for l in str(e).splitlines() if l.strip()]
    print(label, type(e).__name__, " | ".join(l for l in lines if not l.startswith(("a:", "b:", "  a:", "  b:"))))


try:
    nd.contrib.ROIAlign(nd.ones((1, 2, 4, 4)), nd.ones((1, 5), dtype="float64"), pooled_size=(2, 2), spatial_scale=1.0)
except Exception as e:
    show("nd ROIAlign", e)
try:
    nd.ROIPooling(nd.ones((1, 2, 4, 4)), nd.ones((1, 5), dtype="float64"), pooled_size=(2, 2), spatial_scale=1.0)
except Exception as e:
    show("nd ROIPooling", e)
for kw in [dict(a="float32"), dict(a="float16", b="int32"), dict(b="float64")]:
    for name, s in [("ROIAlign", sym.contrib.ROIAlign(sym.var("a"), sym.var("b"), pooled_size=(2, 2), spatial_scale=1.0,
                                                      name="op")),
                    ("ROIPooling", sym.ROIPooling(sym.var("a"), sym.var("b"), pooled_size=(2, 2), spatial_scale=1.0,
                                                  name="op"))]:
        try:
            print(name, kw, s.infer_type(**kw))
        except Exception as e:
            show(f"{name} {kw}", e)
crop = sym.Crop(sym.var("a"), sym.var("b"), num_args=2, name="op")
up = sym.UpSampling(sym.var("a"), sym.var("b"), scale=2, sample_type="nearest", num_args=2, name="op")
for name, s, kw in [("Crop", crop, dict(a=(1, 2, 5, 5))), ("Crop", crop, dict(b=(1, 1, 3, 3))),
                    ("UpSampling", up, dict(b=(1, 1, 6, 6))), ("UpSampling", up, dict(a=(1, 2, 3, 3)))]:
    for how in ("infer_shape", "infer_shape_partial"):
        try:
            print(name, how, kw, getattr(s, how)(**kw))
        except Exception as e:
            show(f"{name} {how} {kw}", e)

"""ROIAlign of integer data infers its shape and fails when read (roi_align.cc's type switch); Crop given three inputs fails its shape inference (NDArray) and leaves the shapes unknown (graph)."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, sym


def show(label, e):
    print(label, type(e).__name__, " | ".join(str(e).splitlines()))


for dtype in ("int32", "uint8", "int64"):
    y = nd.contrib.ROIAlign(nd.ones((1, 1, 4, 4), dtype=dtype), nd.ones((2, 5), dtype=dtype), pooled_size=(2, 2),
                            spatial_scale=1)
    print(dtype, y.shape, y.dtype)
    try:
        y.asnumpy()
    except Exception as e:
        show("  read", e)
try:
    nd.Crop(nd.ones((1, 1, 4, 4)), nd.ones((1, 1, 2, 2)), nd.ones((1, 1, 2, 2)), num_args=3)
except Exception as e:
    show("Crop 3", e)
s = sym.Crop(sym.var("a"), sym.var("b"), sym.var("c"), num_args=3, name="cr")
print(s.infer_shape_partial(a=(1, 1, 4, 4)))
print(s.infer_shape_partial(a=(1, 1, 4, 4), b=(1, 1, 2, 2), c=(1, 1, 2, 2)))

"""Words of checks in the legacy vision and layout operators: Crop's window kernel checks, UpSampling's summed
inputs, ROIPooling's rois type codes, diag's axes and reverse's axes under autograd."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape, r.asnumpy().round(4).tolist())
    except Exception as e:
        print(label, "->", words(e))
    try:
        nd.waitall()
    except Exception:
        pass


x = nd.array(np.arange(60).reshape(1, 2, 5, 6))
attempt("crop offset fits", lambda: nd.Crop(x, h_w=(2, 3), offset=(3, 3), num_args=1))
attempt("crop offset height", lambda: nd.Crop(x, h_w=(2, 3), offset=(4, 0), num_args=1))
attempt("crop offset width", lambda: nd.Crop(x, h_w=(2, 3), offset=(0, 4), num_args=1))
attempt("crop negative offset", lambda: nd.Crop(x, h_w=(2, 3), offset=(-1, 0), num_args=1))
attempt("crop like larger", lambda: nd.Crop(x, nd.zeros((1, 1, 6, 2)), num_args=2))
attempt("crop like wider", lambda: nd.Crop(x, nd.zeros((1, 1, 2, 7)), num_args=2))
a, b = nd.ones((1, 2, 2, 2)), nd.ones((1, 3, 1, 1))
attempt("upsampling sum channels", lambda: nd.UpSampling(a, b, scale=2, sample_type="nearest", num_args=2,
                                                          multi_input_mode="sum"))
attempt("upsampling concat channels", lambda: nd.UpSampling(a, b, scale=2, sample_type="nearest", num_args=2))
data = nd.ones((1, 1, 4, 4))
for dtype in ["float64", "float16", "uint8", "int32", "int8", "int64", "bool"]:
    attempt(f"roipooling rois {dtype}", lambda: nd.ROIPooling(data, nd.array([[0, 0, 0, 2, 2]], dtype=dtype),
                                                               pooled_size=(2, 2), spatial_scale=1.0))
for a1, a2 in [(0, 3), (-4, 1), (1, 1), (0, -1)]:
    attempt(f"diag axes {a1} {a2}", lambda: nd.diag(nd.ones((2, 3, 4)), axis1=a1, axis2=a2))
for axis in [1, 2, -1, (0, 2)]:
    v = nd.array(np.arange(6).reshape(2, 3))
    v.attach_grad()
    try:
        with autograd.record():
            y = nd.reverse(v, axis=axis)
        y.backward(nd.ones((2, 3)))
        print("reverse", axis, "backward ran")
        print("reverse", axis, "->", v.grad.asnumpy().tolist())
    except Exception as e:
        print("reverse", axis, "->", words(e))
    try:
        nd.waitall()
    except Exception:
        pass

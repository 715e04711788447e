"""Contrib operators across the dtypes: index_copy's switch on the index type, the quantization operators' type
checks, and the others' result types and values, in MXNet's words."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        rs = r if isinstance(r, list) else [r]
        print(label, "->", [(x.dtype.__name__, x.asnumpy().round(4).tolist()) for x in rs])
    except Exception as e:
        print(label, "->", words(e))


TYPES = ["float16", "float32", "float64", "uint8", "int8", "int32", "int64", "bool"]
for dt in TYPES:
    x = nd.array([1, 0, 2], dtype=dt)
    for index in ["float32", "int32", "bool"]:
        attempt(f"index_copy {dt} index {index}", lambda: nd.contrib.index_copy(
            nd.array([[1, 0], [2, 3]], dtype=dt), nd.array([1], dtype=index), nd.array([[5, 6]], dtype=dt)))
    attempt(f"index_copy {dt} new float16", lambda: nd.contrib.index_copy(
        nd.array([[1, 0], [2, 3]], dtype=dt), nd.array([1]), nd.array([[5, 6]], dtype="float16")))
    attempt(f"quantize {dt}", lambda: nd.contrib.quantize(x, nd.array([0]), nd.array([2])))
    attempt(f"quantize_v2 {dt}", lambda: nd.contrib.quantize_v2(x, min_calib_range=0, max_calib_range=2))
    if dt != "float32":         # (MXNet 1.9.1 crashes quantizing float32 data this way)
        attempt(f"quantize_asym {dt}", lambda: nd.contrib.quantize_asym(x, min_calib_range=0., max_calib_range=2.))
    attempt(f"dequantize {dt}", lambda: nd.contrib.dequantize(x, nd.array([0]), nd.array([2])))
    attempt(f"boolean_mask {dt}", lambda: nd.contrib.boolean_mask(x, nd.array([0, 1, 1])))
    attempt(f"quadratic {dt}", lambda: nd.contrib.quadratic(x, a=1.5, b=-2, c=1))
    attempt(f"arange_like {dt}", lambda: nd.contrib.arange_like(x, start=1.5, step=0.5))
    attempt(f"gradientmultiplier {dt}", lambda: nd.contrib.gradientmultiplier(x, scalar=2))
    attempt(f"allclose {dt}", lambda: nd.contrib.allclose(x, x))
    attempt(f"index_array {dt}", lambda: nd.contrib.index_array(x))
    attempt(f"box_iou {dt}", lambda: nd.contrib.box_iou(nd.array([[0, 0, 2, 2]], dtype=dt),
                                                       nd.array([[1, 1, 3, 3]], dtype=dt)))

"""Convolution_v1 refuses integer and bool arrays and unknown cudnn_tune or layout values, and Correlation inputs of two types, as MXNet does."""
import mxnet as mx
import numpy as np


def show(label, call):
    try:
        r = call()
        print(label, "ok", r.dtype.__name__, r.shape, r.asnumpy().ravel()[:4].tolist())
    except mx.base.MXNetError as e:
        text = str(e).strip()
        text = text[text.rindex("MXNetError: ") + 12:] if "MXNetError: " in text else text
        print(label, "MXNetError", text.splitlines()[0])


x = np.arange(32).reshape(1, 2, 4, 4) % 5 - 2
w = np.arange(54).reshape(3, 2, 3, 3) % 3 - 1
for dtype in ("float32", "float64", "int8", "uint8", "int32", "int64", "bool"):
    show("Convolution_v1 " + dtype, lambda: mx.nd.Convolution_v1(
        mx.nd.array(x, dtype=dtype), mx.nd.array(w, dtype=dtype), mx.nd.zeros((3,), dtype=dtype),
        kernel=(3, 3), num_filter=3))
data, weight = mx.nd.array(x), mx.nd.array(w)
for key, value in (("cudnn_tune", "bogus"), ("cudnn_tune", "off"), ("layout", "NCW"), ("layout", "bogus"),
                   ("layout", "NCHW")):
    show(f"Convolution_v1 {key}={value}", lambda: mx.nd.Convolution_v1(data, weight, kernel=(3, 3), num_filter=3,
                                                                     no_bias=True, **{key: value}))
    try:
        mx.sym.Convolution_v1(mx.sym.var("x"), kernel=(3, 3), num_filter=3, **{key: value})
        print("sym ok")
    except mx.base.MXNetError as e:
        print("sym MXNetError", str(e).strip().splitlines()[-1].replace("MXNetError: ", ""))

a = np.arange(32).reshape(1, 2, 4, 4) % 7 * 0.5
for d1, d2 in (("float32", "float32"), ("float32", "float64"), ("float64", "float32"), ("float64", "float64")):
    show(f"Correlation {d1} {d2}", lambda: mx.nd.Correlation(mx.nd.array(a, dtype=d1), mx.nd.array(a[..., ::-1], dtype=d2)))

"""The quantization operators' symbolic type inference checks their data's dtype as MXNet's type functions do: quantize and requantize assign theirs, quantize_asym, quantize_v2, dequantize, calibrate_entropy and quantized_batch_norm refuse an unknown or other one, and quantized flatten, pooling and act leave unknown data unknown."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")


def show(f):
    try:
        print(f())
    except mx.base.MXNetError as e:
        print("MXNetError:", repr(re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))[:300]))


x = mx.sym.var("x")
ops = {"quantize": lambda: mx.sym.contrib.quantize(x, name="op"),
       "quantize_asym": lambda: mx.sym.contrib.quantize_asym(x, name="op"),
       "quantize_v2": lambda: mx.sym.contrib.quantize_v2(x, name="op"),
       "dequantize": lambda: mx.sym.contrib.dequantize(x, name="op"),
       "calibrate_entropy": lambda: mx.sym.contrib.calibrate_entropy(x, name="op"),
       "quantized_batch_norm": lambda: mx.sym.contrib.quantized_batch_norm(x, name="op"),
       "quantized_flatten": lambda: mx.sym.contrib.quantized_flatten(x, name="op"),
       "quantized_pooling": lambda: mx.sym.contrib.quantized_pooling(x, kernel=(2, 2), name="op"),
       "quantized_act": lambda: mx.sym.contrib.quantized_act(x, act_type="relu", name="op"),
       "requantize": lambda: mx.sym.contrib.requantize(x, name="op")}
for name, make in ops.items():
    s = make()
    for dtype in [None, "float32", "float16", "float64", "int8", "uint8", "int32"]:
        print(name, dtype, end=" ")
        show(lambda: s.infer_type_partial(**({} if dtype is None else {"x": dtype})))
    print(name, "full", end=" ")
    show(lambda: s.infer_type())

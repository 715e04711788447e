"""Activation without act_type, and SoftmaxActivation on other types than float32 (its kernel's check on reading; none on empty data) in MXNet's words."""
import mxnet as mx
import numpy as np


def first(e, words):
    return [l for l in str(e).splitlines() if any(w in l for w in words)][0].replace("MXNetError: ", "")


for x in (mx.nd.ones((2,)), mx.nd.ones((2,), dtype="int32"), mx.nd.array(np.zeros((0, 2)))):
    try:
        mx.nd.Activation(x).asnumpy()
    except mx.base.MXNetError as e:
        print("Activation", x.shape, first(e, ["Required"]).split(": pass")[0])

for dt in ("float64", "float16", "int32", "int64", "int8", "uint8", "float32"):
    for shape in ((2, 3), (0, 3)):
        for mode in ("instance", "channel"):
            try:
                y = mx.nd.SoftmaxActivation(mx.nd.array(np.ones(shape), dtype=dt), mode=mode)
                print(dt, shape, mode, "returned", y.shape, y.dtype)
                print(" ", y.asnumpy().sum())
            except mx.base.MXNetError as e:
                text = first(e, ["Expected", "inferring", "dimensions"])
                print(" ", dt, shape, mode, text[text.index("Check") if "Check" in text else 0:].split(" (it")[0]
                      .split(", got")[0])

try:
    mx.nd.fill_element_0index(mx.nd.ones((2, 3), dtype="int8"), mx.nd.ones((2,), dtype="int8"),
                              mx.nd.ones((2,), dtype="int8")).asnumpy()
except mx.base.MXNetError as e:
    print("fill_element_0index int8", first(e, ["Expected"]))

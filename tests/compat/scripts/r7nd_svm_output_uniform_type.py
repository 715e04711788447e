# SVMOutput needs the label in the data's dtype (MXNet's uniform type inference, checked before its float kernel)
import mxnet as mx
d = mx.nd.array([[1, 2, 3], [4, 5, 6]])
for dd in ["float32", "float64", "float16", "int32"]:
    for ld in ["float32", "float64", "float16", "int32", "uint8"]:
        try:
            print(dd, ld, mx.nd.SVMOutput(d.astype(dd), mx.nd.array([2, 1], dtype=ld)).asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(dd, ld, "MXNetError", "uniform type" in str(e))

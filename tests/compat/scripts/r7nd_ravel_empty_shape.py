# ravel_multi_index without a shape fails MXNet's shape check (Empty shape parameter), also for bool data
import mxnet as mx
for dt in ["bool", "float32", "int32"]:
    for kw in [{}, {"shape": ()}, {"shape": (2, 3)}]:
        try:
            print(dt, kw, mx.nd.ravel_multi_index(mx.nd.array([[1, 0], [2, 1]], dtype=dt), **kw).asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(dt, kw, "MXNetError", "Empty shape" in str(e))

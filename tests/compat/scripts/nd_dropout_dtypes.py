"""Dropout takes floating point data only (integer data fails in prediction too, as MXNet's kernel switch);
the failed call draws nothing, so the next float dropout sees the same random stream."""
import mxnet as mx

mx.random.seed(7)
for dtype in ("int32", "uint8", "int64", "bool", "float16", "float32", "float64"):
    x = mx.nd.ones((2, 4), dtype=dtype)
    for train in (False, True):
        try:
            with mx.autograd.record(train_mode=train):
                y = mx.nd.Dropout(x, p=0.5)
            print(dtype, train, y.dtype.__name__, y.asnumpy().ravel().tolist())
        except mx.base.MXNetError:
            print(dtype, train, "MXNetError")
try:
    mx.npx.dropout(mx.np.ones((2, 2), dtype="int32"), p=0.5).asnumpy()
except mx.base.MXNetError:
    print("npx.dropout int32 MXNetError")

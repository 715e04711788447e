"""RNN refuses integer data in its real-type switch's words (no comma before the 8-bit types) and bool data as an unknown type, as MXNet does."""
import mxnet as mx
import numpy as np

for dtype in ("float32", "float64", "float16", "int8", "uint8", "int32", "int64", "bool"):
    data = mx.nd.array(np.arange(12).reshape(3, 2, 2) % 3 * 0.25, dtype=dtype)
    params = mx.nd.array(np.linspace(-0.5, 0.5, 12), dtype=dtype)
    state = mx.nd.zeros((1, 2, 2), dtype=dtype)
    try:
        r = mx.nd.RNN(data, params, state, state_size=2, num_layers=1, mode="rnn_relu")
        print(dtype, r.dtype.__name__, r.shape)
    except mx.base.MXNetError as e:
        print(dtype, "MXNetError", str(e).strip().splitlines()[-1].replace("MXNetError: ", ""))

"""The public names of mx.np's small modules (arrayprint, function_base, io, utils, fallback_linalg), npx._op,
npx.utils, sym.np, mx.onnx and mx.rnn.io/rnn_cell are MXNet's (their imports), none of distnet's helpers."""
import random

import mxnet as mx
import numpy as np

random.seed(0)
np.random.seed(0)
mx.random.seed(0)

for path in ["np.arrayprint", "np.function_base", "np.io", "np.utils", "np.fallback_linalg", "npx._op", "npx.utils",
             "sym.np", "onnx", "rnn.io", "rnn.rnn_cell"]:
    module = eval("mx." + path)
    print(path, [n for n in dir(module) if not n.startswith("_") and n != "mx2onnx"])
print(mx.np.io.array is mx.np.array, mx.np.function_base.broadcast_arrays is mx.np.broadcast_arrays,
      mx.np.arrayprint.set_module is mx.util.set_module, mx.np.utils.onp.__name__, mx.np.io.current_context())
print(mx.rnn.io.ndarray is mx.nd, mx.rnn.rnn_cell.init is mx.init, mx.rnn.rnn_cell.ndarray is mx.nd,
      mx.npx.utils.check_call(0), mx.npx.utils.c_str("x").value)
it = mx.rnn.BucketSentenceIter([[1, 2, 3], [4, 5, 6, 7]], batch_size=1, buckets=[4])
print(next(iter(it)).data[0])
cell = mx.rnn.FusedRNNCell(4, num_layers=1, mode="lstm", prefix="f_")
print(sorted((k, v.shape) for k, v in cell.unpack_weights({"f_parameters": mx.nd.zeros((128,))}).items()))

"""quantized_rnn refuses every mode but LSTM with MXNet's check of the mode (its C++ frame shown)."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import nd


def show(label, fn):
    try:
        out = fn()
        print(label, "->", [a.shape for a in (out if isinstance(out, (list, tuple)) else [out])])
    except Exception as e:
        print(label, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))))


for mode in ["gru", "rnn_relu", "rnn_tanh"]:
    for dtype in ["uint8", "int8", "float32"]:
        data, params, state = nd.ones((2, 1, 3), dtype=dtype), nd.ones((100,)), nd.zeros((1, 1, 4))
        show(f"{mode} {dtype}", lambda: nd.contrib.quantized_rnn(data, params, state, mode=mode, state_size=4,
                                                                 num_layers=1))
        show(f"{mode} {dtype} state_cell", lambda: nd.contrib.quantized_rnn(data, params, state, state, mode=mode,
                                                                            state_size=4, num_layers=1))

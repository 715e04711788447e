"""Record MXNet 1.9.1's quantization ops on fixed inputs: python make_quantize_fixture.py (with mxnet)."""
import os

import mxnet as mx
import numpy as np

from quantize_cases import cases

out = {}
for name, op, inputs, attrs in cases():
    arrays = [mx.nd.array(x, dtype=np.float32 if x.dtype == np.float64 else x.dtype) for x in inputs]
    result = getattr(mx.nd.contrib, op)(*arrays, **attrs)
    for i, r in enumerate(result if isinstance(result, list) else [result]):
        out[f"{name}:{i}"] = r.asnumpy()
np.savez(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "quantize_mxnet_1.9.1.npz"), **out)

"""Record MXNet 1.9.1's position-sensitive ROI pooling on fixed inputs: python make_psroi_fixture.py (with mxnet)."""
import os

import mxnet as mx
import numpy as np

from psroi_cases import CASES, inputs

out = {}
for name, (op, attrs) in CASES.items():
    arrays = {k: mx.nd.array(v) for k, v in inputs(name).items()}
    for a in arrays.values():
        a.attach_grad()
    with mx.autograd.record():
        y = getattr(mx.nd.contrib, op)(*arrays.values(), **attrs)
    y.backward(mx.nd.array(np.random.RandomState(7).rand(*y.shape)))
    out[f"{name}/y"] = y.asnumpy()
    out.update({f"{name}/d{k}": a.grad.asnumpy() for k, a in arrays.items()})
np.savez(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "psroi_mxnet_1.9.1.npz"), **out)

"""Record MXNet 1.9.1's deformable convolutions on fixed inputs: python make_deformable_fixture.py (with mxnet)."""
import os

import mxnet as mx
import numpy as np

from deformable_cases import CASES, inputs

out = {}
for name, attrs in CASES.items():
    arrays = {k: mx.nd.array(v) for k, v in inputs(name).items()}
    for a in arrays.values():
        a.attach_grad()
    op = mx.nd.contrib.ModulatedDeformableConvolution if "mask" in arrays else mx.nd.contrib.DeformableConvolution
    with mx.autograd.record():
        y = op(*arrays.values(), **attrs)
    out[f"{name}/y"] = y.asnumpy()
    if "mask" not in arrays:
        y.backward(mx.nd.array(np.random.RandomState(7).rand(*y.shape)))
        out.update({f"{name}/d{k}": a.grad.asnumpy() for k, a in arrays.items()})
np.savez(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "deformable_mxnet_1.9.1.npz"), **out)

"""Record MXNet 1.9.1's hawkesll outputs and gradients: python make_hawkes_fixture.py (with mxnet)."""
import os

import mxnet as mx
import numpy as np

from hawkes_cases import cases

out = {}
for i, (inputs, dy) in enumerate(cases()):
    arrays = [mx.nd.array(x, dtype=x.dtype) for x in inputs]
    for a in arrays[:4]:
        a.attach_grad()
    with mx.autograd.record():
        loglike, state = mx.nd.contrib.hawkesll(*arrays)
    loglike.backward(mx.nd.array(dy, dtype=dy.dtype))
    for name, value in zip(("loglike", "state", "d_lda", "d_alpha", "d_beta", "d_state"),
                           [loglike, state] + [a.grad for a in arrays[:4]]):
        out[f"{i}_{name}"] = value.asnumpy()
np.savez(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "hawkes_mxnet_1.9.1.npz"), **out)

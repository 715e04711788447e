"""Record MXNet 1.9.1's RPN proposals on fixed inputs: python make_proposal_fixture.py (with mxnet)."""
import os

import mxnet as mx
import numpy as np

from proposal_cases import cases

out = {}
for name, op, arrays, attrs in cases():
    rois, scores = getattr(mx.nd.contrib, op)(*(mx.nd.array(a) for a in arrays), **attrs)
    out[f"{name}/rois"], out[f"{name}/scores"] = rois.asnumpy(), scores.asnumpy()
np.savez(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "proposal_mxnet_1.9.1.npz"), **out)

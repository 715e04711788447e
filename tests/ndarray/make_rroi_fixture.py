"""Record MXNet 1.9.1's RROIAlign on fixed inputs: python make_rroi_fixture.py (with mxnet)."""
import os

import mxnet as mx
import numpy as np

from rroi_cases import CASES, DATA, ROIS

out = {str(i): mx.nd.contrib.RROIAlign(mx.nd.array(DATA), mx.nd.array(ROIS), **attrs).asnumpy()
       for i, attrs in enumerate(CASES)}
np.savez(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "rroi_mxnet_1.9.1.npz"), **out)

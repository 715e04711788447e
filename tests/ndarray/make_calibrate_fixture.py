"""Record MXNet 1.9.1's calibrate_entropy on fixed histograms: python make_calibrate_fixture.py (with mxnet)."""
import os

import mxnet as mx
import numpy as np

from calibrate_cases import histograms

out = {}
for i, (hist, edges, bins) in enumerate(histograms()):
    threshold, divergence = mx.nd.contrib.calibrate_entropy(mx.nd.array(hist), mx.nd.array(edges),
                                                            num_quantized_bins=bins)
    out[f"{i}_threshold"], out[f"{i}_divergence"] = threshold.asnumpy(), divergence.asnumpy()
np.savez(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "calibrate_mxnet_1.9.1.npz"), **out)

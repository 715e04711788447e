"""calibrate_entropy on histograms of fractional weights: a bin below 1 counts as empty when a level's mass is spread."""
# recorded on AVX2
import mxnet as mx
import numpy as np

np.random.seed(3)
for bins, levels, scale in [(13, 5, 0.37), (13, 5, 1.0), (21, 7, 1.37), (101, 15, 0.5), (11, 3, 0.01), (31, 9, 0.2),
                            (41, 15, 0.9), (9, 3, 3.0)]:
    data = np.random.randn(2000)
    hist, edges = np.histogram(data, bins=bins, range=(-4, 4))
    hist = hist.astype("float32") * np.float32(scale)
    threshold, divergence = mx.nd.contrib.calibrate_entropy(mx.nd.array(hist), mx.nd.array(edges), num_quantized_bins=levels)
    print(bins, levels, scale, threshold.asnumpy().tolist(), divergence.asnumpy().tolist())

"""Histograms of the calibrate_entropy cases, shared by the test and its MXNet fixture maker."""
import numpy as np


def histograms():
    """(hist, edges, num_quantized_bins) triples: normal and heavy-tailed data, small and large bin counts."""
    rng = np.random.RandomState(0)
    out = []
    for data, bins, levels in ((rng.randn(5000) * 2, 2001, 255), (rng.randn(3000) * 3, 1001, 127),
                               (np.abs(rng.standard_t(3, 4000)), 1001, 255)):
        top = np.abs(data).max()
        hist, edges = np.histogram(data, bins=bins, range=(-top, top))
        out.append((hist.astype(np.float32), edges.astype(np.float32), levels))
    return out

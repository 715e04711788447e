"""``nd.contrib.calibrate_entropy``: the quantization threshold of least KL divergence for a histogram.

For each candidate threshold (a symmetric window of bins around zero) the window's distribution ``p``
(outliers folded into its end bins) is compared with ``q``, the same window squeezed into
``num_quantized_bins`` levels and spread back over its non-empty bins. All sums run one value after
another in float32, as MXNet's kernel does, so the chosen threshold and divergence are MXNet's.
"""
import numpy as np

from ..base import MXNetError
from .ops_elemwise import libm_f32
from .ops_quantize import quantized_op

F = np.float32
_EPS = F(0.0001)


def _running_sum(values):
    """``values`` added one after another in float32 (std::accumulate with a float start)."""
    return np.cumsum(values, dtype=F)[-1] if len(values) else F(0)


def _int_sum(values):
    """std::accumulate with an int start: each partial sum truncated to an integer."""
    if np.all(values == np.trunc(values)):
        return float(np.sum(values.astype(np.float64)))
    acc = 0
    for v in values.tolist():
        acc = int(acc + v)
    return float(acc)


def _smooth(p):
    """Move probability mass ``eps`` onto the empty bins (None when every bin is empty or eps is too big)."""
    zeros = p == 0
    n_zeros = int(zeros.sum())
    n_nonzeros = p.size - n_zeros
    if n_nonzeros == 0:
        return None
    eps1 = _EPS * F(n_zeros) / F(n_nonzeros)
    if eps1 >= 1.0:
        return None
    return p + (_EPS * zeros.astype(F) - eps1 * (~zeros).astype(F))


def _divergence(p, q):
    p = p / _running_sum(p)
    q = q / _running_sum(q)
    if not ((p > 0) & (q > 0)).all():
        raise MXNetError("calibrate_entropy: a smoothed distribution has an empty bin; the histogram is malformed")
    return _running_sum(p * libm_f32("logf", np.log, p / q))      # the C library's logf


def _level_of_bins(size, num_quantized_bins):
    """The quantized level of each bin of a window of ``size`` bins (the remainder joins the last level)."""
    merged = size // num_quantized_bins
    return np.minimum(np.arange(size) // max(merged, 1), num_quantized_bins - 1) if merged else \
        np.full(size, num_quantized_bins - 1)


def _window_divergence(hist, start, stop, num_quantized_bins, integral):
    """The KL divergence between the window ``hist[start:stop]`` and its quantized version."""
    window = hist[start:stop].copy()
    window[0] = 0       # MXNet's loop folds the window's first bin into p[0] only, never into the levels
    p = hist[start:stop].copy()
    if integral:        # whole counts below 2**24: float32 sums are exact in any order
        p[0], p[-1] = F(np.sum(hist[:start + 1], dtype=np.float64)), F(np.sum(hist[stop - 1:], dtype=np.float64))
    else:
        p[0] = _running_sum(hist[:start + 1])
        p[-1] = _running_sum(hist[stop - 1:])   # MXNet's loop writes the window's last bin, then adds the tail
    nonzero = p != 0
    level = _level_of_bins(window.size, num_quantized_bins)
    if integral:
        sums = np.bincount(level, weights=window.astype(np.float64), minlength=num_quantized_bins).astype(F)
    else:
        sums = np.array([_int_sum(window[level == j]) for j in range(num_quantized_bins)], F)
    # the bins counted in each level: MXNet's count takes each value as an unsigned integer, so one of
    # magnitude below 1 counts as empty
    counted = ~((window > -1) & (window < 1))
    norms = np.bincount(level, weights=counted, minlength=num_quantized_bins)
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = np.where(norms > 0, sums / norms.astype(F), F(0))    # a level with no counted bin stays empty
    q = np.where(nonzero, spread[level], F(0)).astype(F)
    p, q = _smooth(p), _smooth(q)
    if p is None or q is None:
        return F(np.inf)
    return _divergence(p, q)


@quantized_op("calibrate_entropy", zero_gradient=False)
def calibrate_entropy(hist, hist_edges, *, num_quantized_bins=255):
    """The threshold (a bin edge) whose quantized histogram diverges least from the original, and that divergence."""
    if np.asarray(hist).dtype != F:     # MXNet's type inference, before its kernel's size check
        raise MXNetError("Check failed: in_attrs->at(0) == mshadow: :kFloat32: ")
    if np.asarray(hist_edges).dtype != F:
        raise MXNetError(f"Type inconsistent, Provided = {np.asarray(hist_edges).dtype.name}, inferred type = float32")
    hist, edges = np.asarray(hist, F).reshape(-1), np.asarray(hist_edges, F).reshape(-1)
    num_bins, nq = hist.size, int(num_quantized_bins)
    if edges.size != num_bins + 1:
        raise MXNetError(f"Check failed: num_bins + 1 == hist_edges.Size() ({num_bins + 1} vs. {edges.size}) : ")
    zero_bin = num_bins // 2
    if num_bins % 2 == 0:       # MXNet's widest window reads one bin and one edge past the arrays' ends
        hist, edges = np.append(hist, F(0)), np.append(edges, F(0))
    integral = bool(np.all(hist == np.trunc(hist))) and float(np.abs(hist).sum()) < 2 ** 24
    best, best_threshold = F(np.finfo(F).max), F(0)
    first = True
    for i in range(nq // 2, zero_bin + 1):
        start, stop = zero_bin - i, zero_bin + i + 1
        div = _window_divergence(hist, start, stop, nq, integral)
        if first:
            best_threshold, first = edges[stop], False
        if div < best:
            best, best_threshold = div, edges[stop]
    return np.array([best_threshold], F), np.array([best], F)

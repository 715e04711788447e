"""Calibration: the ranges of float layer outputs measured on example data, as thresholds for quantizing
them. ``naive`` takes each output's minimum and maximum; ``entropy`` keeps a histogram of each output and
picks the threshold whose int8 version diverges least from it (KL divergence, ``calibrate_entropy``).
"""
import numpy as np

from ... import ndarray
from ...base import py_str
from ...context import cpu
from ...io import DataIter
from ...ndarray import NDArray
from ...ndarray.ndarray import handed_array
from ...symbol import common_expr, mkldnn_fusion
from ...symbol.graph import topo_order

try:                      # MXNet refuses entropy calibration without scipy, though it never calls it
    from scipy import stats
except ImportError:
    stats = None


def _as_numpy(arr):
    """The values of ``arr``: an array, or the handle of one a monitor callback was handed."""
    if isinstance(arr, int):
        arr = handed_array(arr)
    return arr.asnumpy() if isinstance(arr, NDArray) else np.asarray(arr)


def combine_histogram(old_hist, arr, new_min, new_max, new_th):
    """The histogram tuple ``old_hist`` with the values of ``arr`` added, widened (keeping its bin width)
    when ``new_th`` exceeds its threshold."""
    hist, edges, old_min, old_max, old_th = old_hist
    if new_th <= old_th:
        more, _ = np.histogram(arr, bins=len(hist), range=(-old_th, old_th))
        return hist + more, edges, min(old_min, new_min), max(old_max, new_max), old_th
    step = 2 * old_th / len(hist)
    extra = int((new_th - old_th) // step + 1)          # bins added on each side
    num_bins = len(hist) + 2 * extra
    th = extra * step + old_th
    wide, wide_edges = np.histogram(arr, bins=num_bins, range=(-th, th))
    wide[extra:num_bins - extra] += hist
    return wide, wide_edges, min(old_min, new_min), max(old_max, new_max), th


class _LayerCollector(object):
    """What the collectors share: the layer names to watch and a logger."""

    def __init__(self, include_layer=None, logger=None):
        self.include_layer = include_layer
        self.logger = logger

    def _watched(self, name, arr):
        """(name, the output as numpy) for a watched layer, else None."""
        name = py_str(name)
        return (name, _as_numpy(arr)) if name in self.include_layer else None


class _LayerHistogramCollector(_LayerCollector):
    """Histograms of the monitored layer outputs named in ``include_layer``, for entropy calibration:
    ``hist_dict[name] = (hist, edges, min, max, threshold)``."""

    def __init__(self, num_bins=8001, include_layer=None, logger=None):
        super().__init__(include_layer, logger)
        self.hist_dict = {}
        self.num_bins = num_bins

    def collect(self, name, arr):
        """Monitor callback: add the output ``arr`` of layer ``name`` to its histogram."""
        watched = self._watched(name, arr)
        if watched is None:
            return
        name, arr = watched
        if self.logger:
            self.logger.debug("Collecting layer %s histogram of shape %s" % (name, arr.shape))
        low, high = np.min(arr), np.max(arr)
        th = max(abs(low), abs(high))
        if name in self.hist_dict:
            self.hist_dict[name] = combine_histogram(self.hist_dict[name], arr, low, high, th)
        else:
            hist, edges = np.histogram(arr, bins=self.num_bins, range=(-th, th))
            self.hist_dict[name] = (hist, edges, low, high, th)


class _LayerOutputMinMaxCollector(_LayerCollector):
    """The running minimum and maximum of the monitored layer outputs named in ``include_layer``:
    ``min_max_dict[name] = (min, max)``, the thresholds of naive calibration."""

    def __init__(self, quantized_dtype, include_layer=None, logger=None):
        super().__init__(include_layer, logger)
        self.min_max_dict = {}
        self.quantized_dtype = quantized_dtype

    def collect(self, name, arr):
        """Monitor callback: widen layer ``name``'s range to cover ``arr``."""
        watched = self._watched(name, arr)
        if watched is None:
            return
        name, values = watched
        low, high = values.min(), values.max()
        if name in self.min_max_dict:
            old_low, old_high = self.min_max_dict[name]
            self.min_max_dict[name] = (min(old_low, low), max(old_high, high))
        else:
            self.min_max_dict[name] = (low, high)
        if self.logger:
            self.logger.debug("Collecting layer %s min_range=%f, max_range=%f" % (name, low, high))


def _reported_names(symbol):
    """{monitored output name: the name MXNet's inference executor reports instead, or None if it reports
    none}. Its executor merges repeated computations (MXNET_ELIMINATE_COMMON_EXPR) and its default
    MKLDNN backend fuses a layer with the ops after it into one ``sg_mkldnn_...`` node, whose output
    alone is seen."""
    heads = common_expr.eliminate(symbol._heads) if common_expr.enabled() else symbol._heads
    shown = {}
    if mkldnn_fusion.enabled():
        heads, origin = mkldnn_fusion.fuse(heads)
        for node in topo_order(heads):
            if not node.is_variable:
                shown[origin[id(node)].name] = node.name
    else:
        shown = {node.name: node.name for node in topo_order(heads) if not node.is_variable}
    renamed = {}
    for node in topo_order(symbol._heads):
        if not node.is_variable and shown.get(node.name) != node.name:
            target = shown.get(node.name)
            renamed[f"{node.name}_output"] = None if target is None else f"{target}_output"
    return renamed


def _collect_layer_statistics(mod, data, collector, max_num_examples=None, logger=None):
    """Run ``mod`` over ``data`` (at least ``max_num_examples`` examples) with ``collector.collect`` as
    its monitor; returns how many examples were run."""
    if not isinstance(data, DataIter):
        raise ValueError('Only supports data as a type of DataIter, while received type %s' % str(type(data)))
    executor = mod._exec_group.execs[0]
    renamed = _reported_names(mod.symbol)

    def monitor(name, arr):
        text = py_str(name)
        if text in renamed:
            if renamed[text] is None:
                return
            name = renamed[text].encode()
        collector.collect(name, arr)
    executor.set_monitor_callback(monitor, monitor_all=True)
    num_batches = num_examples = 0
    for batch in data:
        mod.forward(data_batch=batch, is_train=False)
        num_batches += 1
        num_examples += data.batch_size
        if max_num_examples is not None and num_examples >= max_num_examples:
            break
    if logger is not None:
        logger.info("Collected statistics from %d batches with batch_size=%d" % (num_batches, data.batch_size))
    return num_examples


def _collect_layer_output_min_max(mod, data, quantized_dtype, include_layer=None, max_num_examples=None,
                                  logger=None):
    """({layer output: (min, max)}, examples run) over ``data``."""
    collector = _LayerOutputMinMaxCollector(quantized_dtype=quantized_dtype, include_layer=include_layer,
                                            logger=logger)
    num_examples = _collect_layer_statistics(mod, data, collector, max_num_examples, logger)
    return collector.min_max_dict, num_examples


def _collect_layer_histogram(mod, data, include_layer=None, max_num_examples=None, logger=None):
    """({layer output: histogram tuple}, examples run) over ``data``."""
    collector = _LayerHistogramCollector(include_layer=include_layer, logger=logger)
    num_examples = _collect_layer_statistics(mod, data, collector, max_num_examples, logger)
    return collector.hist_dict, num_examples


def _smooth_distribution(p, eps=0.0001):
    """``p`` (float32) with each zero raised to ``eps`` and the same total taken evenly off the non-zeros."""
    zeros = (p == 0).astype(np.float32)
    nonzeros = (p != 0).astype(np.float32)
    n_zeros = zeros.sum()
    n_nonzeros = p.size - n_zeros
    if not n_nonzeros:
        raise ValueError('The discrete probability distribution is malformed. All entries are 0.')
    eps1 = eps * float(n_zeros) / float(n_nonzeros)
    assert eps1 < 1.0, 'n_zeros=%d, n_nonzeros=%d, eps1=%f' % (n_zeros, n_nonzeros, eps1)
    hist = p.astype(np.float32)
    hist += eps * zeros + (-eps1) * nonzeros
    assert (hist <= 0).sum() == 0
    return hist


def _get_optimal_threshold(hist_data, quantized_dtype, num_quantized_bins=255):
    """(min, max, threshold, divergence) of one histogram tuple: the threshold of least KL divergence
    (twice the levels for a non-negative output quantized to uint8/auto)."""
    hist, edges, min_val, max_val, _ = hist_data
    num_bins = len(hist)
    assert (num_bins % 2 == 1)
    if min_val >= 0 and quantized_dtype in ['auto', 'uint8']:
        num_quantized_bins = num_quantized_bins * 2 + 1
    threshold, divergence = ndarray.contrib.calibrate_entropy(
        hist=ndarray.array(hist, ctx=cpu()), hist_edges=ndarray.array(edges, ctx=cpu()),
        num_quantized_bins=num_quantized_bins)
    return min_val, max_val, threshold.asnumpy(), divergence.asnumpy()


def _get_optimal_thresholds(hist_dict, quantized_dtype, num_quantized_bins=255, logger=None):
    """{layer output: (low, high)} thresholds from the histograms in ``hist_dict`` (emptied as it goes)."""
    if stats is None:
        raise ImportError('scipy.stats is required for running entropy mode of calculating'
                          ' the optimal thresholds for quantizing FP32 ndarrays into int8.'
                          ' Please check if the scipy python bindings are installed.')
    assert isinstance(hist_dict, dict)
    if logger is not None:
        logger.info('Calculating optimal thresholds for quantization using KL divergence'
                    ' with num_quantized_bins=%d' % num_quantized_bins)
    th_dict = {}
    for name in list(hist_dict.keys()):
        min_val, max_val, th, divergence = _get_optimal_threshold(hist_dict[name], quantized_dtype,
                                                                  num_quantized_bins=num_quantized_bins)
        th_dict[name] = (0, th) if min_val >= 0 and quantized_dtype in ['auto', 'uint8'] else (-th, th)
        del hist_dict[name]
        if logger:
            logger.debug('layer=%s, min_val=%f, max_val=%f, th=%f, divergence=%f'
                         % (name, min_val, max_val, th, divergence))
    return th_dict

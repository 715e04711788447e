"""mx.contrib.quantization's calibration: collectors, histograms, KL-divergence thresholds (numbers
measured on MXNet 1.9.1) and the layer names MXNet's inference executor reports."""
import numpy as np
import pytest

import distnet as mx
from distnet.contrib import quantization as q
from distnet.contrib.quantization import calibration


def histogram(data, bins):
    top = np.abs(data).max()
    return np.histogram(data, bins=bins, range=(-top, top))


@pytest.mark.parametrize("draw,threshold,divergence", [
    (lambda: np.random.uniform(0, 2, 80), 1.951634407043457, 0.07118992507457733),
    (lambda: (np.random.uniform(0, 2, 80), np.random.normal(0, 1, 300))[1], 2.434345245361328, 0.09796635806560516),
])
def test_entropy_threshold_of_a_small_histogram_is_mxnets(draw, threshold, divergence):
    np.random.seed(5)
    hist, edges = histogram(draw(), 201)
    low, high, th, div = q._get_optimal_threshold((hist, edges, -1.0, 1.0, None), "int8", num_quantized_bins=31)
    assert (low, high) == (-1.0, 1.0)
    assert th.tolist() == [threshold] and div.tolist() == [divergence]


def test_uint8_threshold_of_a_non_negative_output_uses_twice_the_levels():
    np.random.seed(5)
    hist, edges = histogram(np.random.uniform(0, 2, 80), 201)
    div8 = q._get_optimal_threshold((hist, edges, 0.5, 2.0, None), "int8", num_quantized_bins=15)[3]
    divu = q._get_optimal_threshold((hist, edges, 0.5, 2.0, None), "uint8", num_quantized_bins=15)[3]
    div31 = q._get_optimal_threshold((hist, edges, -0.5, 2.0, None), "int8", num_quantized_bins=31)[3]
    assert divu.tolist() == div31.tolist() == [0.07118992507457733] and div8.tolist() != divu.tolist()


def test_histograms_widen_by_whole_bins_of_the_same_width():
    old = (np.array([1, 2, 3]), np.array([-1.5, -.5, .5, 1.5]), -1.0, 1.0, 1.5)
    hist, edges, low, high, th = q.combine_histogram(old, np.array([2.5, -0.2]), -0.2, 2.5, 2.5)
    assert hist.tolist() == [0, 0, 1, 3, 3, 0, 1] and edges.tolist() == [-3.5, -2.5, -1.5, -.5, .5, 1.5, 2.5, 3.5]
    assert (low, high, th) == (-1.0, 2.5, 3.5)
    hist, edges, _, _, th = q.combine_histogram(old, np.array([0.7, -1.2]), -1.2, 0.7, 1.2)
    assert hist.tolist() == [2, 2, 4] and th == 1.5


def test_smoothing_moves_eps_onto_empty_bins():
    assert q._smooth_distribution(np.array([0, 3, 0, 1.0])).tolist() == \
        [np.float32(1e-4), np.float32(2.9999), np.float32(1e-4), np.float32(0.9999)]
    with pytest.raises(ValueError, match="All entries are 0"):
        q._smooth_distribution(np.zeros(3))


def test_collectors_keep_only_included_layers_and_widen_their_range():
    minmax = q._LayerOutputMinMaxCollector("int8", include_layer=["a_output"])
    minmax.collect(b"a_output", mx.nd.array([-1.0, 2.0]))
    minmax.collect(b"a_output", mx.nd.array([-3.0, 1.0]))
    minmax.collect(b"b_output", mx.nd.array([9.0]))
    assert minmax.min_max_dict == {"a_output": (-3.0, 2.0)}
    hist = q._LayerHistogramCollector(num_bins=5, include_layer=["a_output"])
    hist.collect(b"a_output", mx.nd.array([-1.0, 0.5, 1.0]))
    counts, edges, low, high, th = hist.hist_dict["a_output"]
    assert counts.tolist() == [1, 0, 0, 1, 1] and (low, high, th) == (-1.0, 1.0, 1.0)


def test_entropy_thresholds_need_scipy_as_in_mxnet(monkeypatch):
    hist = q._LayerHistogramCollector(num_bins=101, include_layer=["a", "b"])
    np.random.seed(0)
    hist.collect(b"a", mx.nd.array(np.random.normal(0, 1, 200)))
    hist.collect(b"b", mx.nd.array(np.random.uniform(0, 1, 200)))
    monkeypatch.setattr(calibration, "stats", None)
    with pytest.raises(ImportError, match="scipy.stats is required"):
        q._get_optimal_thresholds(dict(hist.hist_dict), "uint8")
    monkeypatch.setattr(calibration, "stats", object())
    th = q._get_optimal_thresholds(hist.hist_dict, "uint8", num_quantized_bins=15)
    assert th["a"][0] == -th["a"][1] and th["b"][0] == 0 and hist.hist_dict == {}


def test_executor_reports_fused_and_merged_layers_under_their_new_names(monkeypatch):
    with mx.name.NameManager():
        data = mx.sym.var("data")
        conv = mx.sym.Convolution(data, kernel=(1, 1), num_filter=2, name="c0")
        relu = mx.sym.Activation(conv, act_type="relu", name="r0")
        flat = mx.sym.Flatten(relu, name="fl0") + mx.sym.Flatten(relu, name="fl1")
        net = mx.sym.FullyConnected(flat, num_hidden=2, name="f0")
    assert calibration._reported_names(net) == {
        "c0_output": None, "r0_output": "sg_mkldnn_conv_act_0_output", "fl1_output": None,
        "f0_output": "sg_mkldnn_fully_connected_0_output"}
    monkeypatch.setenv("MXNET_SUBGRAPH_BACKEND", "NONE")
    monkeypatch.setenv("MXNET_ELIMINATE_COMMON_EXPR", "0")
    assert calibration._reported_names(net) == {}

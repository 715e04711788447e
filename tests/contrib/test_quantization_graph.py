"""mx.contrib.quantization's graph pass: which nodes are quantized, how the inserted nodes are named,
offline parameters and calibrated ranges (expected graphs and numbers measured on MXNet 1.9.1)."""
import json

import numpy as np
import pytest

import distnet as mx
from distnet.contrib import quantization as q


def ops(sym):
    """(op, name) of every operator node, in graph order."""
    return [(n["op"], n["name"]) for n in json.loads(sym.tojson())["nodes"] if n["op"] != "null"]


def node(sym, name):
    return next(n for n in json.loads(sym.tojson())["nodes"] if n["name"] == name)


def fc(x, name, hidden=4):
    return mx.sym.FullyConnected(x, num_hidden=hidden, name=name)


def shared_input_net():
    with mx.name.NameManager():
        data = mx.sym.var("data")
        return fc(mx.sym.Flatten(data, name="fl0"), "f0") + fc(mx.sym.Flatten(data, name="fl0b"), "f1")


def test_smart_mode_leaves_a_layer_not_fed_by_a_quantized_one_in_float():
    qsym, calib = q._quantize_symbol(shared_input_net(), mx.cpu(), offline_params=["f0_weight", "f0_bias"],
                                     quantized_dtype="auto", quantize_mode="smart")
    assert ops(qsym)[:5] == [("Flatten", "fl0"), ("_contrib_quantize_v2", "fl0_0_quantize"),
                             ("_contrib_quantized_fully_connected", "quantized_f0"),
                             ("_contrib_requantize", "requantize_f0"), ("_contrib_dequantize", "f0_dequantize")]
    assert ops(qsym)[-1] == ("elemwise_add", "_plus0")
    assert calib == ["fl0_output", "f0_output", "fl0b_output", "f1_weight", "f1_bias", "f1_output"]


def test_full_mode_quantizes_every_candidate_and_dequantizes_the_output():
    qsym, calib = q._quantize_symbol(shared_input_net(), mx.cpu(), offline_params=["f0_weight", "f0_bias",
                                     "f1_weight", "f1_bias"], quantized_dtype="auto", quantize_mode="full")
    assert [name for _, name in ops(qsym)] == [
        "data_quantize", "quantized_fl0", "quantized_f0", "requantize_f0", "quantized_fl0b", "quantized_f1",
        "requantize_f1", "quantized__plus0", "requantize__plus0", "_plus0_dequantize"]
    assert node(qsym, "quantized__plus0")["op"] == "_contrib_quantized_elemwise_add"
    assert node(qsym, "requantize_f0")["attrs"] == {"out_type": "auto"}
    assert calib == ["data", "f0_output", "f1_output", "_plus0_output"]


def test_quantize_node_takes_the_output_name_an_op_lists():
    with mx.name.NameManager():
        data = mx.sym.var("data")
        conv = mx.sym.Convolution(data, kernel=(1, 1), num_filter=4, name="c0")
        net = fc(mx.sym.Activation(conv, act_type="sigmoid", name="a0"), "f0")
    qsym, calib = q._quantize_symbol(net, mx.cpu(), offline_params=net.list_arguments()[1:])
    assert ("_contrib_quantize_v2", "a0_output_quantize") in ops(qsym)
    assert ("_contrib_dequantize", "c0_dequantize") in ops(qsym)       # a sigmoid has no int8 version
    assert calib == ["data", "c0_output", "a0_output", "f0_output"]


def test_batch_norm_keeps_its_parameters_and_embedding_its_indices():
    with mx.name.NameManager():
        data = mx.sym.var("data")
        conv = mx.sym.Convolution(data, kernel=(1, 1), num_filter=4, name="c0")
        bn_net = fc(mx.sym.BatchNorm(conv, name="bn0"), "f0")
        emb_net = fc(mx.sym.Embedding(data, input_dim=5, output_dim=4, name="e0"), "f0")
    qsym, calib = q._quantize_symbol(bn_net, mx.cpu(), offline_params=["c0_weight", "c0_bias", "f0_weight",
                                     "f0_bias"], quantize_mode="full")
    inputs = [json.loads(qsym.tojson())["nodes"][i]["name"] for i, _, _ in node(qsym, "quantized_bn0")["inputs"]]
    assert inputs == ["requantize_c0", "bn0_gamma", "bn0_beta", "bn0_moving_mean", "bn0_moving_var",
                      "requantize_c0", "requantize_c0"]
    assert calib == ["data", "c0_output", "bn0_output", "f0_output"]
    qsym, _ = q._quantize_symbol(emb_net, mx.cpu(), offline_params=["e0_weight", "f0_weight", "f0_bias"],
                                 quantize_mode="full")
    inputs = [json.loads(qsym.tojson())["nodes"][i]["name"] for i, _, _ in node(qsym, "quantized_e0")["inputs"]]
    assert inputs == ["data", "e0_weight_quantize", "e0_weight_quantize_min", "e0_weight_quantize_max"]


def test_sum_pooling_stays_in_float_between_dequantize_and_quantize():
    # MXNet 1.9.1 wires the sum pooling to requantize's three outputs, a graph that cannot bind
    with mx.name.NameManager():
        data = mx.sym.var("data")
        conv = mx.sym.Convolution(data, kernel=(1, 1), num_filter=4, name="c0")
        net = fc(mx.sym.Pooling(conv, kernel=(2, 2), pool_type="sum", name="p0"), "f0")
    qsym, _ = q._quantize_symbol(net, mx.cpu(), offline_params=net.list_arguments()[1:], quantize_mode="full")
    assert [name for _, name in ops(qsym)][3:6] == ["c0_dequantize", "p0", "p0_output_quantize"]


def conv_net_and_params():
    """MXNet's recorded case: conv-relu-pool-flatten-fc-softmax with parameters uniform(-1, 1), seed 0."""
    with mx.name.NameManager():
        data = mx.sym.var("data")
        conv = mx.sym.Convolution(data, kernel=(3, 3), num_filter=4, name="conv0")
        pool = mx.sym.Pooling(mx.sym.Activation(conv, act_type="relu", name="relu0"), kernel=(2, 2), stride=(2, 2),
                              pool_type="max", name="pool0")
        net = mx.sym.SoftmaxOutput(fc(mx.sym.Flatten(pool, name="flat0"), "fc0", 3), name="softmax")
    np.random.seed(0)
    shapes = {"conv0_weight": (4, 1, 3, 3), "conv0_bias": (4,), "fc0_weight": (3, 16), "fc0_bias": (3,)}
    return net, {k: mx.nd.array(np.random.uniform(-1, 1, s)) for k, s in shapes.items()}


def test_weights_and_biases_are_quantized_offline_to_int8_over_their_own_range():
    net, args = conv_net_and_params()
    qsym, qarg, qaux = q.quantize_model(net, args, {}, calib_mode="none")
    assert sorted(qarg) == sorted(k + s for k in ("conv0_weight", "conv0_bias", "fc0_weight", "fc0_bias")
                                  for s in ("_quantize", "_quantize_min", "_quantize_max"))
    assert qarg["conv0_weight_quantize"].dtype == np.int8
    assert qarg["conv0_weight_quantize"].asnumpy().ravel()[:6].tolist() == [13, 57, 27, 12, -20, 39]
    assert qarg["conv0_bias_quantize"].asnumpy().tolist() == [32, 33, 127, 52]
    assert qarg["fc0_weight_quantize"].asnumpy().ravel()[:6].tolist() == [-37, -16, 51, -114, 43, 44]
    assert qarg["conv0_weight_quantize_max"].asnumpy().tolist() == [np.float32(0.9624204)]
    assert qarg["fc0_bias_quantize_min"].asnumpy().tolist() == [np.float32(-0.8585924)]
    assert qsym.list_arguments()[:3] == ["data", "conv0_weight_quantize", "conv0_bias_quantize"]


def test_naive_calibration_sees_only_the_outputs_the_mkldnn_executor_reports(monkeypatch):
    net, args = conv_net_and_params()
    np.random.seed(1)
    X = np.random.uniform(0, 1, (4, 1, 6, 6)).astype("f")
    qsym, _, _ = q.quantize_model(net, args, {}, calib_mode="naive", quantized_dtype="auto",
                                  calib_data=mx.io.NDArrayIter(X, np.zeros(4), batch_size=2))
    assert node(qsym, "data_quantize")["attrs"]["min_calib_range"] == "%f" % X.min()
    assert "min_calib_range" not in node(qsym, "requantize_conv0")["attrs"]    # fused: sg_mkldnn_conv_act_0
    monkeypatch.setenv("MXNET_SUBGRAPH_BACKEND", "NONE")
    qsym, _, _ = q.quantize_model(net, args, {}, calib_mode="naive", quantized_dtype="auto",
                                  calib_data=mx.io.NDArrayIter(X, np.zeros(4), batch_size=2))
    assert "min_calib_range" in node(qsym, "requantize_conv0")["attrs"]


def test_quantized_model_runs_as_mxnet():
    net, args = conv_net_and_params()
    np.random.seed(0)
    for shape in ((4, 1, 3, 3), (4,), (3, 16), (3,)):
        np.random.uniform(-1, 1, shape)
    X = np.random.uniform(0, 1, (4, 1, 6, 6)).astype("f")
    qsym, qarg, _ = q.quantize_model(net, args, {}, calib_mode="naive", quantized_dtype="auto",
                                     calib_data=mx.io.NDArrayIter(X, np.zeros(4), batch_size=2))
    out = qsym.bind(mx.cpu(), dict(qarg, data=mx.nd.array(X[:2]), softmax_label=mx.nd.zeros(2))).forward()[0]
    expect = np.array([[0.1074586808681488, 0.16203516721725464, 0.730506181716919],
                       [0.03707140311598778, 0.1560722440481186, 0.8068562746047974]], np.float32)
    assert np.array_equal(out.asnumpy(), expect)


def test_calibrated_ranges_are_written_as_c_float_text():
    net, args = conv_net_and_params()
    qsym, _ = q._quantize_symbol(net, mx.cpu(), offline_params=list(args))
    calibrated = q._calibrate_quantized_sym(qsym, {"data": (-0.25, 2.0), "fc0_output": (0, 3)})
    assert node(calibrated, "data_quantize")["attrs"]["min_calib_range"] == "-0.250000"
    assert node(calibrated, "requantize_fc0")["attrs"] == {"max_calib_range": "3.000000",
                                                           "min_calib_range": "0.000000", "out_type": "int8"}
    assert q._calibrate_quantized_sym(qsym, {}) is qsym


@pytest.mark.parametrize("kwargs,error", [
    (dict(quantized_dtype="int4"), "unknown quantized_dtype int4"),
    (dict(excluded_sym_names="fc0"), "excluded_sym_names must be a list"),
    (dict(calib_mode="naive"), "calib_data must be provided when calib_mode=naive"),
    (dict(quantize_granularity="x"), "unkonwn quantize_granularity x"),
])
def test_bad_arguments_raise_value_errors(kwargs, error):
    net, args = conv_net_and_params()
    with pytest.raises(ValueError, match=error):
        q.quantize_model(net, args, {}, **kwargs)


def test_quantize_net_on_the_cpu_is_refused_with_a_way_out():
    net = mx.gluon.nn.Dense(2)
    net.initialize()
    with pytest.raises(mx.base.MXNetError, match="quantize_model"):
        q.quantize_net_v2(net, data_shapes=[mx.io.DataDesc("data", (1, 3))])


def test_an_uncalibrated_batch_norm_binds_and_refuses_to_run():
    with mx.name.NameManager():
        data = mx.sym.var("data")
        net = fc(mx.sym.BatchNorm(mx.sym.Convolution(data, kernel=(1, 1), num_filter=2, name="c0"), name="bn0"), "f0")
    shapes = dict(zip(net.list_arguments(), net.infer_shape(data=(1, 2, 2, 2))[0]))
    args = {k: mx.nd.ones(s) for k, s in shapes.items() if k != "data"}
    aux = {"bn0_moving_mean": mx.nd.zeros((2,)), "bn0_moving_var": mx.nd.ones((2,))}
    qsym, qarg, qaux = q.quantize_model(net, args, aux, calib_mode="none", quantized_dtype="uint8",
                                        quantize_mode="full")
    ex = qsym.bind(mx.cpu(), dict(qarg, data=mx.nd.ones((1, 2, 2, 2))), aux_states=qaux)
    with pytest.raises(mx.base.MXNetError, match="Quantized BN currently don't support calib_mode=None"):
        ex.forward()[0].asnumpy()

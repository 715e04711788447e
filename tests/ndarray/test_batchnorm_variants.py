"""SyncBatchNorm and BatchNormWithReLU: BatchNorm under MXNet's other operator names (SyncBatchNorm with its own
rounding), in nd, sym and Gluon."""
import json
import warnings

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

nd = mx.nd


def _run(op, x, **attrs):
    arrays = [nd.array(x), nd.array([0.5, 1.0, 2.0]), nd.array([0.1, -0.2, 0.3])]
    stats = [nd.array([0.1, 0.2, 0.3]), nd.array([1.0, 2.0, 3.0])]
    for a in arrays:
        a.attach_grad()
    with mx.autograd.record():
        y = op(*arrays, *stats, **attrs)
    y.backward(nd.array(np.linspace(-1, 1, y.size).reshape(y.shape)))
    return [a.asnumpy() for a in [y] + [a.grad for a in arrays] + stats]


def test_batch_norm_with_relu_is_relu_of_batch_norm_forward_and_backward():
    x = np.random.RandomState(0).randn(2, 3, 4, 4).astype(np.float32)
    fused = _run(nd.contrib.BatchNormWithReLU, x, fix_gamma=False)
    plain = _run(lambda *a, **k: nd.relu(nd.BatchNorm(*a, **k)), x, fix_gamma=False)
    for got, want in zip(fused, plain):
        np.testing.assert_array_equal(got, want)
    assert (fused[0] >= 0).all() and (fused[0] == 0).any()


def test_batch_norm_with_relu_takes_4d_data_only():
    # MXNet's kernel refuses it: the call returns (shapes inferred), reading the result raises
    out = nd.contrib.BatchNormWithReLU(nd.ones((2, 3)), nd.ones(3), nd.zeros(3), nd.zeros(3), nd.ones(3))
    assert out.shape == (2, 3)
    with pytest.raises(MXNetError, match="MKL-DNN"):
        out.asnumpy()



@pytest.mark.parametrize("axis", [0, 2, 3, -1, -3])
def test_batch_norm_with_relu_takes_axis_1_only_as_written(axis):
    # the kernel compares the attribute with 1 before normalising it: even -3 of 4-D data is refused
    x = nd.ones((2, 3, 3, 3))
    out = nd.contrib.BatchNormWithReLU(x, nd.ones(3), nd.zeros(3), nd.zeros(3), nd.ones(3), axis=axis)
    with pytest.raises(MXNetError, match="MKL-DNN"):
        out.asnumpy()
    layer = mx.gluon.nn.BatchNormReLU(axis=axis)
    layer.initialize()
    with pytest.raises(MXNetError, match="MKL-DNN"):
        layer(x).asnumpy()

def test_sync_batch_norm_on_one_device_agrees_with_batch_norm_up_to_rounding():
    # its own kernel (not oneDNN's BatchNorm): the last bits are recorded in compat script contribops_sync_batch_norm
    x = np.random.RandomState(1).randn(4, 3, 5).astype(np.float32)
    synced = _run(nd.contrib.SyncBatchNorm, x, fix_gamma=False, key="bn")
    plain = _run(nd.BatchNorm, x, fix_gamma=False)
    for got, want in zip(synced, plain):
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6)


def test_symbols_name_outputs_and_auxiliary_states_as_mxnet():
    with mx.name.NameManager():
        s = mx.sym.contrib.SyncBatchNorm(name="s", key="k", output_mean_var=True)
        assert s.list_arguments() == ["s_data", "s_gamma", "s_beta"]
        assert s.list_auxiliary_states() == ["s_moving_mean", "s_moving_var"]
        assert s.list_outputs() == ["s_output", "s_mean", "s_var"]
        args, _, aux = s.infer_shape(s_data=(2, 5, 3))
        assert args == [(2, 5, 3), (5,), (5,)] and aux == [(5,), (5,)]
        assert mx.sym.contrib.BatchNormWithReLU(name="r").list_outputs() == ["r_output"]


@pytest.mark.parametrize("make, op", [
    (lambda: mx.gluon.nn.BatchNormReLU(in_channels=3), "_contrib_BatchNormWithReLU"),
    (lambda: mx.gluon.contrib.nn.SyncBatchNorm(in_channels=3, num_devices=1), "_contrib_SyncBatchNorm"),
])
def test_gluon_layers_trace_mxnet_s_operator(make, op):
    x = nd.array(np.random.RandomState(2).randn(2, 3, 4, 4))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        net = make()
    net.initialize()
    eager = net(x).asnumpy()
    net.hybridize()
    np.testing.assert_array_equal(net(x).asnumpy(), eager)
    assert [n["op"] for n in json.loads(net._cached_graph[1].tojson())["nodes"]][-1] == op


def test_batch_norm_type_check_names_the_type_flags_given_vs_expected():
    x, p = mx.nd.ones((2, 3), dtype="float64"), mx.nd.ones(3)
    with pytest.raises(MXNetError, match=r"Check failed: \(\*in_type\)\[i\] == dtype_param \(0 vs. 1\) : This layer "
                                         r"requires uniform type. Expected 'float64' v.s. given 'float32' at 'gamma'"):
        mx.nd.BatchNorm(x, p, p, p, p)
    with pytest.raises(MXNetError, match=r"dtype_param \(1 vs. 0\) : .* given 'float64' at 'beta'"):
        mx.nd.BatchNorm(mx.nd.ones((2, 3)), p, p.astype("float64"), p, p)


def test_batch_norm_with_relu_axis_out_of_range_reads_as_batch_norm_s_check_in_a_graph():
    s = mx.sym.contrib.BatchNormWithReLU(mx.sym.var("d"), axis=2, name="bnr")
    with pytest.raises(MXNetError) as e:
        s.infer_shape(d=(2, 3))
    assert message_of(e.value) == ("Error in operator bnr: Check failed: channelAxis < dshape.ndim() (2 vs. 2) : "
                            "Channel axis out of range: 2")


@pytest.mark.parametrize("hybridize", [False, True])
def test_a_refused_batch_norm_relu_fails_its_moving_statistics_too_raised_once(hybridize):
    # the kernel writes the moving statistics: they carry its error, raised by whichever array is read first
    layer = mx.gluon.nn.BatchNormReLU()
    layer.initialize()
    if hybridize:
        layer.hybridize()
    y = layer(nd.ones((2, 3, 2)))
    with pytest.raises(MXNetError, match="MKL-DNN"):
        layer.running_mean.data().asnumpy()
    assert layer.running_var.data().asnumpy().tolist() == [1, 1, 1]
    assert y.shape == (2, 3, 2)
    y.asnumpy()         # (raised once: reading now shows the meaningless data)

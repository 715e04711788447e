"""Layers read their arguments, fail and report errors as MXNet's do (wrong channels, unreadable arguments, nested SymbolBlock data)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError


@pytest.mark.parametrize("hybrid", [False, True])
@pytest.mark.parametrize("in_channels", [1, 2, 4])
def test_instance_norm_wrong_channels_fails_on_reading_not_in_backward(hybrid, in_channels):
    net = mx.gluon.nn.InstanceNorm(in_channels=in_channels, scale=True)
    net.initialize()
    if hybrid:
        net.hybridize()
    x = mx.nd.arange(12).reshape((2, 3, 2))
    x.attach_grad()
    with mx.autograd.record():
        y = net(x)
    y.backward()                              # no numpy broadcasting error escapes
    with pytest.raises(MXNetError, match="reshape size must match"):
        x.grad.asnumpy()
    assert net.beta.grad().asnumpy().tolist() == [0.0] * in_channels
    assert net.gamma.grad().asnumpy().tolist() == [0.0] * in_channels


def test_instance_norm_gradient_still_matches_finite_differences():
    net = mx.gluon.nn.InstanceNorm(in_channels=2, scale=True)
    net.initialize()
    x = np.random.RandomState(0).uniform(-1, 1, (2, 2, 3)).astype("float32")
    head = np.random.RandomState(1).uniform(-1, 1, x.shape).astype("float32")
    xa = mx.nd.array(x)
    xa.attach_grad()
    with mx.autograd.record():
        y = net(xa)
    y.backward(mx.nd.array(head))

    def loss(v):
        return float((net(mx.nd.array(v)).asnumpy().astype("float64") * head).sum())
    numeric = np.zeros(x.shape)
    eps = 1e-2
    for i in np.ndindex(x.shape):
        up, down = x.copy(), x.copy()
        up[i] += eps
        down[i] -= eps
        numeric[i] = (loss(up) - loss(down)) / (2 * eps)
    np.testing.assert_allclose(xa.grad.asnumpy(), numeric, rtol=2e-2, atol=2e-3)


@pytest.mark.parametrize("dtype", ["float64", "float16"])
def test_sparse_embedding_of_other_float_types_initialises(dtype):
    net = mx.gluon.contrib.nn.SparseEmbedding(6, 3, dtype=dtype)
    net.initialize(mx.init.Uniform(0.5))
    mx.gluon.Trainer(net.collect_params(), "sgd")
    out = net(mx.nd.array([1, 4]))
    assert out.dtype == np.dtype(dtype)
    values = out.asnumpy()
    assert np.all(np.abs(values) <= 0.5) and np.any(values != 0)


@pytest.mark.parametrize("stype", ["row_sparse", "csr"])
def test_random_draw_into_sparse_out_takes_its_type(stype):
    mx.random.seed(5)
    dense = mx.nd.zeros((2, 3), dtype="float64")
    mx.nd.random.uniform(shape=(2, 3), out=dense)
    mx.random.seed(5)
    sparse = mx.nd.zeros((2, 3), dtype="float64", stype=stype)
    mx.nd.random.uniform(shape=(2, 3), out=sparse)
    assert sparse.stype == stype and sparse.dtype == np.float64
    assert sparse.asnumpy().tolist() == dense.asnumpy().tolist()
    with pytest.raises(MXNetError, match="Output type must be float16, float32, float64"):
        mx.nd.random.uniform(shape=(2, 3), out=mx.nd.zeros((2, 3), dtype="int32", stype=stype))


@pytest.mark.parametrize("hybrid", [False, True])
@pytest.mark.parametrize("make, shape", [
    (lambda: mx.gluon.nn.Conv2D(2, (3, 2), dilation=2, layout="NHWC"), (2, 3, 4, 2)),
    (lambda: mx.gluon.nn.Conv3D(4, (3, 3, 2), dilation=(2, 1, 2), layout="NDHWC"), (1, 4, 3, 5, 1)),
    (lambda: mx.gluon.nn.Conv2D(2, 3, groups=2, layout="NHWC"), (1, 4, 4, 3)),
])
def test_channel_last_conv_refused_input_fails_deferred_init(make, shape, hybrid, capsys):
    net = make()
    net.initialize()
    if hybrid:
        net.hybridize()
    with pytest.raises(ValueError, match="Deferred initialization failed because shape cannot be inferred"):
        net(mx.nd.ones(shape))
    assert f"data: {shape}" in capsys.readouterr().out
    assert net.weight.shape[-1] == 0        # still deferred


def test_channel_last_conv_weight_after_deferred_init():
    net = mx.gluon.nn.Conv2D(2, (3, 2), layout="NHWC")
    net.initialize()
    assert net(mx.nd.ones((1, 4, 5, 3))).shape == (1, 2, 4, 2)
    assert net.weight.shape == (2, 3, 2, 3)


@pytest.mark.parametrize("hybrid", [False, True])
def test_numpy_mode_batchnorm_relu_is_plain_batchnorm(hybrid):
    x = np.array([[[-1.0, 2.0], [0.5, -3.0]], [[4.0, -0.25], [1.5, 2.5]]], dtype="float32")
    outputs = []
    with mx.util.np_shape(True), mx.util.np_array(True):
        for cls in (mx.gluon.nn.BatchNormReLU, mx.gluon.nn.BatchNorm):
            net = cls()
            net.initialize()
            if hybrid:
                net.hybridize()
            with mx.autograd.record():
                outputs.append(net(mx.np.array(x)).asnumpy())
    assert (outputs[0] < 0).any()                       # no ReLU
    np.testing.assert_array_equal(outputs[0], outputs[1])


@pytest.mark.parametrize("value, error, words", [
    ((2,), AssertionError, "but got '2'"),
    (("add",), AssertionError, "but got 'add'"),
    ((2, 3), TypeError, "not all arguments converted"),
    ((), TypeError, "not enough arguments"),
    ([1], AssertionError, r"but got '\[1\]'"),
])
def test_grad_req_check_formats_a_tuple_by_its_items(value, error, words):
    with pytest.raises(error, match=words):
        mx.gluon.Parameter("w", grad_req=value)


@pytest.mark.parametrize("kwargs, index, ndim", [
    ({"pad": None}, 0, -1), ({"stride": None}, 0, -1), ({"pad": "None"}, 0, -1),
    ({"pad": (0,)}, 1, 1), ({"stride": (1,)}, 1, 1), ({"pad": (1,), "stride": None}, 1, 1),
])
def test_pooling_reads_pad_then_stride_entries(kwargs, index, ndim):
    x = mx.nd.ones((1, 2, 4, 4))
    with pytest.raises(MXNetError, match=rf"index = {index} must be in range \[0, {ndim}\)"):
        mx.nd.Pooling(x, kernel=(2, 2), **kwargs)


def test_pooling_empty_or_longer_entries_take_defaults_or_leading():
    x = mx.nd.array(np.arange(16).reshape((1, 1, 4, 4)))
    expected = mx.nd.Pooling(x, kernel=(2, 2)).asnumpy()
    for kwargs in ({"pad": ()}, {"stride": ()}, {"pad": (0, 0, 0)}):
        np.testing.assert_array_equal(mx.nd.Pooling(x, kernel=(2, 2), **kwargs).asnumpy(), expected)


@pytest.mark.parametrize("hybrid", [False, True])
def test_pool_layer_keeps_padding_none_and_fails_when_run(hybrid):
    net = mx.gluon.nn.MaxPool2D(2, None, None)
    assert "padding=None" in repr(net)
    if hybrid:
        net.hybridize()
    with pytest.raises(MXNetError, match=r"index = 0 must be in range \[0, -1\)"):
        net(mx.nd.ones((1, 1, 4, 4)))


def test_pool_size_none_has_no_len():
    with pytest.raises(TypeError, match="object of type 'NoneType' has no len()"):
        mx.gluon.nn.MaxPool2D(None)


def test_conv_groups_given_as_text_is_read_and_shown_as_given():
    net = mx.gluon.nn.Conv2D(4, 3, groups="2", in_channels=2)
    assert net.weight.shape == (4, 1, 3, 3)
    assert "groups=2" in repr(net)
    net.initialize()
    assert net(mx.nd.ones((1, 2, 4, 4))).shape == (1, 4, 2, 2)


@pytest.mark.parametrize("kwargs", [{"groups": 1.0}, {"groups": True}, {"groups": "1.0"}, {"in_channels": 2.0},
                                    {"in_channels": "2"}, {"in_channels": None}, {"in_channels": -2}])
def test_conv_refuses_unreadable_arguments_when_built(kwargs):
    with pytest.raises(MXNetError):
        mx.gluon.nn.Conv2D(2, 3, **kwargs)


@pytest.mark.parametrize("padding", [1.0, (0, None), True])
def test_conv_transpose_refuses_unreadable_output_padding_when_built(padding):
    with pytest.raises(MXNetError, match="Invalid Parameter format for adj"):
        mx.gluon.nn.Conv2DTranspose(2, 3, strides=2, output_padding=padding)


def test_conv_in_channels_minus_one_is_unknown():
    net = mx.gluon.nn.Conv2D(2, 3, in_channels=-1)
    assert net.weight.shape == (2, 0, 3, 3)
    net.initialize()
    net(mx.nd.ones((1, 3, 4, 4)))
    assert net.weight.shape == (2, 3, 3, 3)


@pytest.mark.parametrize("make, channels", [
    (lambda: mx.gluon.nn.BatchNorm(axis="1"), 2), (lambda: mx.gluon.nn.BatchNorm(axis="-1"), 4),
    (lambda: mx.gluon.nn.LayerNorm(axis="1"), 2), (lambda: mx.gluon.nn.InstanceNorm(axis="2"), 4),
])
def test_norm_axis_given_as_text_is_read(make, channels):
    net = make()
    net.initialize()
    net(mx.nd.arange(32).reshape((1, 2, 4, 4)))
    assert net.beta.shape == (channels,)


def test_sync_batch_norm_gamma_gradient_of_one_sample_is_positive_zero():
    net = mx.gluon.contrib.nn.SyncBatchNorm(num_devices=1)
    net.initialize()
    x = mx.nd.array([[-1.0, -0.5, 0.0, 0.5]])
    with mx.autograd.record():
        y = net(x)
    y.backward(mx.nd.array([[1.5, -0.5, 2.0, -1.25]]))
    assert np.signbit(net.gamma.grad().asnumpy()).tolist() == [False] * 4
    assert net.beta.grad().asnumpy().tolist() == [1.5, -0.5, 2.0, -1.25]


def test_elu_past_float32_range_warns_of_nothing():
    import warnings
    x = mx.nd.array([-100.0, 1e30, 3e38])
    x.attach_grad()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with mx.autograd.record():
            y = mx.gluon.nn.ELU()(x)
        y.backward(mx.nd.array([1e30] * 3))
        values = y.asnumpy(), x.grad.asnumpy()
    assert values[0][0] == -1.0 and values[1][0] == 0.0


def test_group_norm_of_nonfinite_input_warns_of_nothing():
    import warnings
    net = mx.gluon.nn.GroupNorm()
    net.initialize()
    x = mx.nd.array([[[np.inf, -np.inf, np.nan, 1e38], [1, 2, 3, 4]]])
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"distnet(\.|$)")
        y = net(x).asnumpy()
    assert np.isnan(y).all()
    assert [str(w.message) for w in seen] == []


def test_symbol_block_refuses_a_string_input_in_mxnet_words():
    x = mx.sym.var("x")
    with pytest.raises(ValueError, match="input of HybridBlock input must be .* but got x of type <class 'str'>"):
        mx.gluon.SymbolBlock(x * 2, "x")
    with pytest.raises(ValueError, match="input of HybridBlock output must be"):
        mx.gluon.SymbolBlock("y", x)


def test_symbol_block_nested_outputs_come_back_nested():
    x = mx.sym.var("x")
    block = mx.gluon.SymbolBlock([x * 2, [x + 1, x * 3]], x)
    out = block(mx.nd.array([1.0, 2.0]))
    assert out[0].asnumpy().tolist() == [2.0, 4.0]
    assert [o.asnumpy().tolist() for o in out[1]] == [[2.0, 3.0], [3.0, 6.0]]
    composed = block(mx.sym.var("y"))
    assert isinstance(composed[1], list) and len(composed[1]) == 2


def test_symbol_block_nested_inputs_keep_their_structure():
    x, z = mx.sym.var("x"), mx.sym.var("z")
    block = mx.gluon.SymbolBlock(x + z, [x, [z]])
    assert block(mx.nd.ones((2,)), [mx.nd.ones((2,))]).asnumpy().tolist() == [2.0, 2.0]
    with pytest.raises(ValueError, match="does not match the cached version"):
        block(mx.nd.ones((2,)), mx.nd.ones((2,)))
    with pytest.raises(AssertionError, match="Invalid input format"):
        block(mx.sym.var("a"), mx.sym.var("b"))
    assert block(mx.sym.var("a"), [mx.sym.var("b")]).list_arguments() == ["a", "b"]

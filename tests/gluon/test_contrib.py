"""gluon.contrib.nn layers and nn.BatchNormReLU."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError
from distnet.gluon import contrib, nn


def test_pixel_shuffle_2d_moves_channel_blocks_into_space():
    x = np.arange(2 * 12 * 2 * 3, dtype=np.float32).reshape(2, 12, 2, 3)
    y = contrib.nn.PixelShuffle2D((2, 3))(nd.array(x)).asnumpy()
    expected = x.reshape(2, 2, 2, 3, 2, 3).transpose(0, 1, 4, 2, 5, 3).reshape(2, 2, 4, 9)
    np.testing.assert_array_equal(y, expected)
    assert repr(contrib.nn.PixelShuffle2D((2, 3))) == "PixelShuffle2D((2, 3))"


def test_pixel_shuffle_1d_and_3d_shapes_and_values():
    x = np.arange(48, dtype=np.float32).reshape(2, 6, 4)
    y = contrib.nn.PixelShuffle1D(3)(nd.array(x)).asnumpy()
    np.testing.assert_array_equal(y, x.reshape(2, 2, 3, 4).transpose(0, 1, 3, 2).reshape(2, 2, 12))
    z = contrib.nn.PixelShuffle3D(2)(nd.ones((1, 16, 2, 1, 3)))
    assert z.shape == (1, 2, 4, 2, 6)


def test_concurrent_concatenates_children():
    net = contrib.nn.HybridConcurrent(axis=1)
    net.add(nn.Dense(2, in_units=3), contrib.nn.Identity())
    net.initialize(mx.init.One())
    x = nd.array([[1, 2, 3]])
    assert net(x).asnumpy().tolist() == [[6.0, 6.0, 1.0, 2.0, 3.0]]
    net.hybridize()
    assert net(x).asnumpy().tolist() == [[6.0, 6.0, 1.0, 2.0, 3.0]]


def test_batchnorm_relu_is_batchnorm_then_relu():
    layer = nn.BatchNormReLU(in_channels=2)
    layer.initialize()
    assert layer.name.startswith("batchnormrelu")
    x = nd.array(np.arange(16, dtype=np.float32).reshape(2, 2, 2, 2) - 8)
    plain = nn.BatchNorm(in_channels=2)
    plain.initialize()
    np.testing.assert_array_equal(layer(x).asnumpy(), np.maximum(plain(x).asnumpy(), 0))
    with pytest.raises(MXNetError, match="BatchNormWithReLU operator only supports MKL-DNN Backend.$"):     # MXNet's fused kernel takes 4-D input only (on reading)
        layer(nd.array([[-1.0, 2.0], [3.0, -4.0]])).asnumpy()


def _estimator_setup(lr=0.5):
    from distnet import gluon
    from distnet.gluon.contrib.estimator import Estimator
    x = np.linspace(-1, 1, 16, dtype=np.float32).reshape(8, 2)
    y = x @ np.array([[2.0], [-1.0]], np.float32)
    data = gluon.data.DataLoader(gluon.data.ArrayDataset(nd.array(x), nd.array(y)), batch_size=4)
    net = nn.Dense(1, in_units=2)
    net.initialize(mx.init.Zero())
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": lr})
    est = Estimator(net, gluon.loss.L2Loss(), trainer=trainer)
    est.logger.handlers = []
    return est, data, net


def test_estimator_fit_updates_the_net_once_per_batch_by_the_mean_gradient():
    est, data, net = _estimator_setup(lr=0.5)
    x, y = next(iter(data))
    est.fit(data, batches=1)
    # one SGD step from zero weights: w -= lr * mean over the batch of d(0.5 (w.x - y)^2)/dw = -x * y
    expected = 0.5 * (x.asnumpy() * y.asnumpy()).mean(axis=0)
    np.testing.assert_allclose(net.weight.data().asnumpy()[0], expected, rtol=1e-5)
    assert [m.name for m in est.train_metrics] == ["training l2loss"]


def test_estimator_fit_epochs_lowers_the_loss_and_evaluate_reports_it():
    est, data, net = _estimator_setup(lr=0.5)
    est.evaluate(data)
    before = est.val_metrics[0].get()[1]
    est.fit(data, epochs=20)
    est.evaluate(data)
    assert est.val_metrics[0].get()[1] < before / 10


def test_early_stopping_stops_when_the_metric_does_not_improve():
    from distnet.gluon.contrib.estimator import EarlyStoppingHandler, EpochEnd
    est, data, net = _estimator_setup(lr=0.0)

    class Count(EpochEnd):
        epochs = 0

        def epoch_end(self, estimator, *args, **kwargs):
            Count.epochs += 1

    stopper = EarlyStoppingHandler(monitor=est.train_metrics[0], patience=2, mode="min")
    est.fit(data, epochs=10, event_handlers=[stopper, Count()])
    assert Count.epochs == 3 and stopper.stopped_epoch == 2


def test_checkpoint_handler_keeps_the_last_max_checkpoints(tmp_path):
    from distnet.gluon.contrib.estimator import CheckpointHandler
    est, data, net = _estimator_setup()
    est.fit(data, epochs=3, event_handlers=[CheckpointHandler(str(tmp_path), model_prefix="m", max_checkpoints=2)])
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "m-epoch1batch4.params", "m-epoch1batch4.states", "m-epoch2batch6.params", "m-epoch2batch6.states"]


def test_fit_needs_exactly_one_of_epochs_and_batches():
    import pytest
    est, data, net = _estimator_setup()
    for kwargs in ({}, {"epochs": 1, "batches": 1}):
        with pytest.raises(ValueError, match="one and only one"):
            est.fit(data, **kwargs)


def test_deformable_convolution_with_zero_offsets_is_a_convolution():
    from distnet.gluon.contrib import cnn
    x = nd.array(np.random.RandomState(1).uniform(-1, 1, (2, 3, 5, 5)))
    deform = cnn.DeformableConvolution(4, kernel_size=3, padding=1, in_channels=3)
    deform.initialize()
    plain = nn.Conv2D(4, 3, padding=1, in_channels=3)
    plain.initialize()
    deform(x)
    plain.weight.set_data(deform.deformable_conv_weight.data())
    plain.bias.set_data(deform.deformable_conv_bias.data())
    np.testing.assert_allclose(deform(x).asnumpy(), plain(x).asnumpy(), rtol=1e-5, atol=1e-6)


def test_checkpoint_handler_starts_best_only_for_an_explicit_mode(tmp_path):
    from distnet.gluon.contrib.estimator import CheckpointHandler
    est, data, net = _estimator_setup()
    monitor = est.train_metrics[0]
    assert CheckpointHandler(str(tmp_path), monitor=monitor, save_best=True, mode="max").best == -float("inf")
    assert CheckpointHandler(str(tmp_path), monitor=monitor, save_best=True, mode="min").best == float("inf")
    with pytest.warns(UserWarning):
        handler = CheckpointHandler(str(tmp_path), monitor=monitor, save_best=True, mode="auto")
    assert not hasattr(handler, "best")         # MXNet: an AttributeError until train_begin
    handler.train_begin(est)
    assert handler.best == -float("inf")


def test_checkpoint_handler_takes_a_file_for_its_directory_until_it_saves(tmp_path):
    from distnet.gluon.contrib.estimator import CheckpointHandler
    path = tmp_path / "a_file"
    path.write_text("")
    assert CheckpointHandler(str(path)).model_dir == str(path)
    assert path.is_file()


def test_sync_batch_norm_with_negative_eps_gives_nan_quietly():
    import warnings
    import distnet as mx
    b = mx.gluon.contrib.nn.SyncBatchNorm(epsilon=-1.0, num_devices=1, in_channels=2)
    b.initialize()
    x = mx.nd.ones((1, 2, 2))
    x.attach_grad()
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        with mx.autograd.record():
            y = b(x)
        y.backward()
    # MXNet 1.9.1: every output and gradient is the float32 nan 0xffc00000; running_var moves to 0.9
    assert y.asnumpy().tobytes().hex() == "0000c0ff" * 4
    assert x.grad.asnumpy().tobytes().hex() == "0000c0ff" * 4
    assert b.running_var.data().asnumpy().tobytes().hex() == "6666663f" * 2


def _sequential_base():
    seq = mx.gluon.rnn.SequentialRNNCell()
    seq.add(mx.gluon.rnn.LSTMCell(3))
    return seq


def test_state_dropout_and_zoneout_over_a_plain_sequential_cell_fail_as_in_mxnet():
    # MXNet 1.9.1 reads SequentialRNNCell._bidirectional, which that class never sets
    with pytest.raises(AttributeError, match="'SequentialRNNCell' object has no attribute '_bidirectional'"):
        contrib.rnn.VariationalDropoutCell(_sequential_base(), drop_states=0.5)
    with pytest.raises(AttributeError, match="_bidirectional"):
        mx.gluon.rnn.ZoneoutCell(_sequential_base())
    hybrid = mx.gluon.rnn.HybridSequentialRNNCell()
    hybrid.add(mx.gluon.rnn.LSTMCell(3))
    assert repr(contrib.rnn.VariationalDropoutCell(hybrid, drop_states=0.5)) == \
        "VariationalDropoutCell(p_out = 0.0, p_state = 0.5)"


@pytest.mark.parametrize("setting", ["i2h_kernel", "i2h_pad", "i2h_dilate", "h2h_kernel", "h2h_dilate"])
def test_conv_rnn_cells_refuse_a_setting_of_another_rank(setting):
    kwargs = dict(input_shape=(2, 5, 5), hidden_channels=3, i2h_kernel=3, h2h_kernel=3)
    kwargs[setting] = (1, 1, 1)
    with pytest.raises(AssertionError, match="For 2D convolution, the convolution settings can only be either int "
                                             "or list/tuple of length 2"):
        contrib.rnn.Conv2DGRUCell(**kwargs)
    with pytest.raises(TypeError, match="has no len"):
        contrib.rnn.Conv1DLSTMCell((2, 5), 3, 3.0, 3)
    cell = contrib.rnn.Conv1DRNNCell((2, 5), 3, (3,), 1, i2h_pad=[1])
    assert cell.state_info(4) == [{"shape": (4, 3, 5), "__layout__": "NCW"}]
    with pytest.raises(TypeError, match=r'can only concatenate tuple \(not "list"\) to tuple'):
        contrib.rnn.Conv1DRNNCell((2, 5), 3, [3], 1)
    with pytest.raises(TypeError, match=r'can only concatenate list \(not "tuple"\) to list'):
        contrib.rnn.Conv1DRNNCell((5, 2), 3, 3, [1], conv_layout="NWC")


@pytest.mark.parametrize("cls", ["PixelShuffle1D", "PixelShuffle2D", "PixelShuffle3D"])
def test_pixel_shuffle_argument_errors_name_the_class(cls):
    layer = getattr(mx.gluon.contrib.nn, cls)
    with pytest.raises(TypeError, match=rf"{cls}\.__init__\(\) got an unexpected keyword argument 'prefix'$"):
        layer(2, prefix="p_")


@pytest.mark.parametrize("make, name", [
    (lambda: contrib.rnn.Conv2DLSTMCell, "Conv2DLSTMCell"), (lambda: contrib.nn.Identity, "Identity"),
    (lambda: contrib.cnn.ModulatedDeformableConvolution, "ModulatedDeformableConvolution")])
def test_contrib_argument_errors_name_the_class(make, name):
    with pytest.raises(TypeError, match=rf"{name}\.__init__\(\) got an unexpected keyword argument 'bogus'$"):
        make()(bogus=1)


def test_deformable_layers_default_op_name_is_their_class():
    import inspect
    for cls in (contrib.cnn.DeformableConvolution, contrib.cnn.ModulatedDeformableConvolution):
        assert inspect.signature(cls.__init__).parameters["op_name"].default == cls.__name__


def test_conv_rnn_cell_indexes_its_input_shape():
    with pytest.raises(TypeError, match="'int' object is not subscriptable"):
        contrib.rnn.Conv1DRNNCell(5, 3, 3, 3)
    with pytest.raises(IndexError, match="list index out of range"):
        contrib.rnn.Conv2DLSTMCell([], 2, 3, 3)                 # the list itself, as given


def test_conv_rnn_cell_reads_its_layout_before_the_input_shape_and_channels():
    with pytest.raises(AttributeError, match="'NoneType' object has no attribute 'find'"):
        contrib.rnn.Conv2DLSTMCell([], None, 3, 3, conv_layout=None)
    with pytest.raises(TypeError, match=r"for \*: 'NoneType' and 'int'"):
        contrib.rnn.Conv1DGRUCell((3, 5), None, 3, 3)        # channels times gates
    with pytest.raises(TypeError, match="object of type 'NoneType' has no len()"):
        contrib.rnn.Conv1DGRUCell(None, 2, None, 3)             # the kernel settings before the input shape


def _legacy_refusal(op):
    return rf"^Operator `{op}` registered in backend is known as `{op}` in Python. This is a legacy operator"


@pytest.mark.parametrize("make, op", [
    (lambda: contrib.rnn.Conv1DLSTMCell((2, 5), 3, 3, 3), "Convolution"),
    (lambda: contrib.rnn.LSTMPCell(3, 2, input_size=2), "FullyConnected")])
def test_contrib_cells_compute_with_legacy_operators_under_numpy_mode(make, op):
    cell = make()
    cell.initialize(mx.init.Constant(0.1))
    x = mx.np.ones((1, 2, 5)) if "Conv" in type(cell).__name__ else mx.np.ones((1, 2))
    mx.npx.set_np()
    try:
        with pytest.raises(TypeError, match=_legacy_refusal(op)):
            cell(x, cell.begin_state(1))
    finally:
        mx.npx.reset_np()


def test_variational_input_dropout_refuses_numpy_sequences_as_legacy_dropout():
    cell = contrib.rnn.VariationalDropoutCell(mx.gluon.rnn.LSTMCell(3), drop_inputs=0.2)
    cell.initialize()
    mx.npx.set_np()
    try:
        with pytest.raises(TypeError, match=_legacy_refusal("Dropout")):
            cell.unroll(2, mx.np.ones((1, 2, 2)), merge_outputs=True)
    finally:
        mx.npx.reset_np()
    outputs, _ = cell.unroll(2, nd.ones((1, 2, 2)), merge_outputs=True)     # legacy arrays: runs
    assert outputs.shape == (1, 2, 3)


def test_interval_sampler_compares_interval_to_length_as_its_assertion():
    sampler = contrib.data.IntervalSampler(5, 2)
    assert list(sampler) == [0, 2, 4, 1, 3] and len(sampler) == 5
    with pytest.raises(TypeError, match="'<=' not supported between instances of 'int' and 'str'"):
        contrib.data.IntervalSampler("5", 2)
    with pytest.raises(AssertionError, match="Interval 6 must be smaller than or equal to length 5"):
        contrib.data.IntervalSampler(5, 6)


def test_sync_batch_norm_keeps_its_operator_attributes_as_kwargs():
    layer = contrib.nn.SyncBatchNorm(num_devices=1, momentum=0.5, epsilon=1e-3, prefix="s_")
    assert layer._kwargs == {"eps": 1e-3, "momentum": 0.5, "fix_gamma": False, "use_global_stats": False,
                             "ndev": 1, "key": "s_"}
    layer.initialize()
    assert layer(nd.ones((2, 3, 2))).shape == (2, 3, 2)
    assert layer.gamma.shape == (3,)          # channels are axis 1


def test_sync_batch_norm_refuses_data_without_a_channel_axis():
    layer = contrib.nn.SyncBatchNorm(num_devices=1)
    layer.initialize()
    with pytest.raises(ValueError, match=r"index = 1 must be in range \[0, 1\)"):
        layer(nd.ones((4,)))


def test_sync_batch_norm_names_the_type_codes_of_a_mixed_type_call():
    g = nd.ones((2,))
    with pytest.raises(MXNetError, match=r"dtype_param \(0 vs. 1\) : This layer requires uniform type"):
        nd.contrib.SyncBatchNorm(nd.ones((2, 2), dtype="float64"), g, g, g, g, key="k")


@pytest.mark.parametrize("channels, in_channels, groups, words", [
    (4, 6, 3, r"oshape\[1\] % param_.num_deformable_group == 0U \(1 vs. 0\) : output num_filter must divide"),
    (6, 4, 4, r"oshape\[1\] % param_.num_deformable_group == 0U \(2 vs. 0\)"),
    (4, 6, 4, r"dshape\[1\] % param_.num_deformable_group == 0U \(2 vs. 0\) : input num_filter must divide")])
def test_modulated_deformable_checks_input_then_output_channels_per_deformable_group(channels, in_channels, groups,
                                                                                    words):
    from distnet.gluon.contrib import cnn
    layer = cnn.ModulatedDeformableConvolution(channels, kernel_size=3, num_deformable_group=groups)
    layer.initialize()
    with pytest.raises(ValueError, match=words):
        layer(nd.ones((1, in_channels, 5, 5)))
    x, w = nd.ones((1, in_channels, 5, 5)), nd.ones((channels, in_channels, 3, 3))
    offset, mask = nd.zeros((1, 2 * 9 * groups, 3, 3)), nd.ones((1, 9 * groups, 3, 3))
    with pytest.raises(MXNetError, match=words):
        nd.contrib.ModulatedDeformableConvolution(x, offset, mask, w, kernel=(3, 3), num_filter=channels,
                                                  num_deformable_group=groups, no_bias=True)


def test_estimator_refusals_show_values_as_mxnet_reprs_them():
    from distnet import gluon
    from distnet.gluon.contrib.estimator import Estimator
    with pytest.raises(ValueError, match=r"gluon.loss.Loss:<class 'mxnet.gluon.loss.L2Loss'>$"):
        Estimator(nn.Dense(1), gluon.loss.L2Loss)
    with pytest.raises(ValueError, match=r"EvalMetric: \[<mxnet.metric.MAE object at 0x[0-9a-f]+>, 2\]$"):
        Estimator(nn.Dense(1), gluon.loss.L2Loss(), train_metrics=[mx.metric.MAE(), 2])


@pytest.mark.parametrize("mode, min_delta, expected", [("max", 0.5, 0.5), ("min", 0.5, -0.5), ("min", "ab", ""),
                                                       ("max", "ab", "ab")])
def test_early_stopping_multiplies_min_delta_by_the_direction(mode, min_delta, expected):
    from distnet.gluon.contrib.estimator import EarlyStoppingHandler
    assert EarlyStoppingHandler(mx.metric.MAE(), min_delta=min_delta, mode=mode).min_delta == expected
    with pytest.raises(TypeError, match=r"unsupported operand type\(s\) for \*=: 'NoneType' and 'int'"):
        EarlyStoppingHandler(mx.metric.MAE(), min_delta=None, mode=mode)


def test_conv_rnn_cell_reads_any_layout_without_leading_channels_as_channels_last():
    from distnet.gluon.contrib import rnn
    cell = rnn.Conv1DLSTMCell((2, 5), 2, 3, 3, conv_layout="CNW")     # 'C' first: channels are input_shape[-1]
    assert cell.i2h_weight.shape == (8, 3, 5) and cell.h2h_weight.shape == (8, 3, 2)
    assert cell.state_info(1)[0]["shape"] == (1, 0, 2)                 # width 2 - (3 - 1) = 0, then 2 channels
    cell = rnn.Conv3DRNNCell((2, 3, 3, 3), 2, 3, 3, conv_layout="NWC")  # channels input_shape[1], spatial [:-1]
    assert cell.i2h_weight.shape == (2, 3, 3, 3, 3) and cell.state_info(1)[0]["shape"] == (1, 0, 1, 1, 2)


def test_conv_rnn_cell_keeps_an_unknown_input_size_unknown_in_its_state():
    from distnet.gluon.contrib import rnn
    assert rnn.Conv2DLSTMCell((2, 0, 4), 3, 3, 3).state_info(2)[0]["shape"] == (2, 3, 0, 2)
    assert rnn.Conv2DGRUCell((0, 4, 2), 3, 3, 3, conv_layout="NHWC").state_info(2)[0]["shape"] == (2, 0, 2, 3)


def test_conv_rnn_cell_shows_unknown_input_channels_as_none():
    from distnet.gluon.contrib import rnn
    assert repr(rnn.Conv2DLSTMCell((0, 5, 5), 2, 3, 3)) == "Conv2DLSTMCell(None -> 8, tanh, NCHW)"
    assert repr(rnn.Conv1DGRUCell((6, 0), 2, 3, 3, conv_layout="NWC")) == "Conv1DGRUCell(None -> 6, tanh, NWC)"
    assert repr(rnn.Conv3DRNNCell((4, 3, 3, 3), 2, 1, 3)) == "Conv3DRNNCell(4 -> 2, tanh, NCDHW)"


@pytest.mark.parametrize("cls", ["DeformableConvolution", "ModulatedDeformableConvolution"])
def test_deformable_layers_check_their_weight_of_whole_groups_before_the_groups(cls):
    from distnet.gluon.contrib import cnn
    layer = getattr(cnn, cls)(4, kernel_size=3, groups=3)        # 4 filters in 3 groups: a (3, 1, 3, 3) weight
    layer.initialize()
    with pytest.raises(ValueError, match=r"Shape inconsistent, Provided = \[4,-1,3,3\], inferred shape=\(3,1,3,3\)"):
        layer(nd.ones((1, 3, 5, 5)))


def test_sparse_embedding_half_precision_gradient_fails_on_reading_it():
    from distnet import autograd, gluon
    layer = contrib.nn.SparseEmbedding(6, 3, dtype="float16")
    layer.initialize()
    gluon.Trainer(layer.collect_params(), "sgd")
    with autograd.record():
        y = layer(nd.array([[1, 2], [0, 4]]))
    y.backward()                                      # the kernel's refusal travels with the gradient
    grad = layer.weight.grad()
    assert grad.stype == "row_sparse"
    with pytest.raises(MXNetError, match="only supports 32-bit and 64-bit floating point"):
        grad.indices.asnumpy()


def test_variational_state_dropout_lists_a_bare_state_as_given_so_a_two_state_cell_misses_its_second():
    cell = contrib.rnn.VariationalDropoutCell(mx.gluon.rnn.LSTMCell(3, input_size=4), 0.3, 0.3, 0.3)
    cell.initialize()
    cell.hybridize()
    with pytest.raises(IndexError, match="list index out of range$"):
        cell(nd.ones((2, 4)), nd.zeros((2, 3)))


@pytest.mark.parametrize("numpy_mode", [False, True])
@pytest.mark.parametrize("cls", [contrib.nn.Concurrent, contrib.nn.HybridConcurrent])
def test_an_empty_concurrent_fails_concat_s_argument_count_check_first(cls, numpy_mode):
    # concat checks it has inputs before their kind: even mx.np input meets the argument count check
    net = cls(axis=1)
    net.initialize()
    if numpy_mode:
        mx.npx.set_np()
    try:
        x = mx.np.ones((2, 3)) if numpy_mode else nd.ones((2, 3))
        with pytest.raises(MXNetError, match="value 0 for Parameter num_args should be greater equal to 1"):
            net(x)
    finally:
        mx.npx.reset_np()

"""mx.mon.Monitor on a Module: forward outputs, backward gradients and arguments (values from MXNet 1.9.1)."""
import logging
from functools import reduce

import pytest

import distnet as mx
from distnet.base import message_of

# MXNet 1.9.1, test_module.py's network after forward_backward, stat = mean |x|, sorted by name.
# fc_0_backward_output0 and softmax_backward_output1 are gradients nobody asked for: MXNet leaves stale
# memory there, so only their presence is checked.
EXPECTED = {
    "act_0_backward_output": 0.009362806, "act_0_output": 0.59507716, "act_1_backward_output": 0.088298395,
    "act_1_output": 0.7621468, "data": 0.075, "fc_0_backward_output0": None,
    "fc_0_backward_output1": 0.00070221035, "fc_0_backward_output2": 0.009362806, "fc_0_bias": 0.35,
    "fc_0_output": 0.385, "fc_0_weight": 0.22500001, "fc_1_backward_output0": 0.038860314,
    "fc_1_backward_output1": 0.05254436, "fc_1_backward_output2": 0.088298395, "fc_1_bias": 0.6,
    "fc_1_output": 1.1654137, "fc_1_weight": 0.475, "softmax_backward_output0": 0.4792183,
    "softmax_backward_output1": None, "softmax_label": 0.5, "softmax_output": 0.7621468,
}


def mean_abs(x):
    return mx.nd.divide(mx.nd.sum(mx.nd.abs(x)), reduce(lambda a, b: a * b, x.shape))


def two_layer_module():
    with mx.name.NameManager():
        x = mx.sym.Variable("data")
        x = mx.sym.Activation(mx.sym.FullyConnected(x, num_hidden=2, name="fc_0"), act_type="sigmoid", name="act_0")
        x = mx.sym.Activation(mx.sym.FullyConnected(x, num_hidden=2, name="fc_1"), act_type="sigmoid", name="act_1")
        x = mx.sym.LinearRegressionOutput(data=x, name="softmax", grad_scale=2)
    data = mx.io.NDArrayIter(mx.nd.array([[0.05, .10]]), mx.nd.array([[.01, 0.99]]), batch_size=1)
    mod = mx.mod.Module(x, context=[mx.cpu()])
    mod.bind(data.provide_data, label_shapes=data.provide_label, for_training=True)
    return mod, next(iter(data))


def init(mod):
    mod.init_params(arg_params={
        "fc_0_weight": mx.nd.array([[.15, .20], [.25, .30]]), "fc_0_bias": mx.nd.array([.35, .35]),
        "fc_1_weight": mx.nd.array([[.40, .45], [.50, .55]]), "fc_1_bias": mx.nd.array([.60, .60])})


def test_sorted_monitor_reports_outputs_gradients_and_arguments():
    mod, batch = two_layer_module()
    mon = mx.mon.Monitor(1, stat_func=mean_abs, pattern=".*", sort=True)
    mod.install_monitor(mon)
    init(mod)
    mon.tic()
    mod.forward_backward(batch)
    res = mon.toc()
    assert [name for _, name, _ in res] == sorted(EXPECTED)
    for step, name, text in res:
        assert step == 1 and text.endswith("\t")
        if EXPECTED[name] is not None:
            assert float(text) == pytest.approx(EXPECTED[name], rel=1e-6), name


def test_unsorted_monitor_follows_execution_order_and_pattern(caplog):
    mod, batch = two_layer_module()
    init(mod)
    mon = mx.mon.Monitor(1, pattern="fc_1.*")
    mod.install_monitor(mon)
    mon.tic()
    mod.forward_backward(batch)
    with caplog.at_level(logging.INFO):
        mon.toc_print()
    assert [r.getMessage().split()[2] for r in caplog.records] == [
        "fc_1_output", "fc_1_backward_output0", "fc_1_backward_output1", "fc_1_backward_output2",
        "fc_1_weight", "fc_1_bias"]
    assert caplog.records[0].getMessage().startswith("Batch:       1 fc_1_output                    ")


def test_inactive_steps_collect_nothing():
    mod, batch = two_layer_module()
    init(mod)
    mon = mx.mon.Monitor(2)
    mod.install_monitor(mon)
    sizes = []
    for _ in range(3):
        mon.tic()
        mod.forward_backward(batch)
        sizes.append(len(mon.toc()))
    assert sizes[1] == 0 and sizes[0] == sizes[2] == len(EXPECTED)


def test_monitor_stays_installed_when_the_batch_size_changes():
    with mx.name.NameManager():
        net = mx.sym.FullyConnected(mx.sym.Variable("data"), num_hidden=2, name="fc")
    mod = mx.mod.Module(net, label_names=None)
    mod.bind([("data", (4, 3))])
    mod.init_params(initializer=mx.init.One())
    mon = mx.mon.Monitor(1, pattern="fc_output")
    mod.install_monitor(mon)
    seen = []
    for n in (4, 2, 4):
        mon.tic()
        mod.forward(mx.io.DataBatch([mx.nd.ones((n, 3))]), is_train=False)
        seen.append(mon.toc())
    assert seen == [[(1, "fc_output", "3.0\t")], [(2, "fc_output", "3.0\t")], [(3, "fc_output", "3.0\t")]]


def test_head_gradients_and_batchnorm_gradients_are_reported_as_mxnet_names_them():
    with mx.name.NameManager():
        net = mx.sym.BatchNorm(mx.sym.FullyConnected(mx.sym.Variable("data"), num_hidden=3, name="fc"), name="bn")
    mod = mx.mod.Module(net, label_names=None)
    mod.bind([("data", (2, 4))])
    mod.init_params(initializer=mx.init.One())
    mon = mx.mon.Monitor(1, stat_func=lambda x: mx.nd.sum(x), pattern=".*backward.*|_head.*")
    mod.install_monitor(mon)
    mon.tic()
    mod.forward(mx.io.DataBatch([mx.nd.ones((2, 4))]), is_train=True)
    mod.backward([mx.nd.ones((2, 3)) * 2])
    res = mon.toc()
    # MXNet 1.9.1: the head gradient passes an identity node; BatchNorm's moving statistics get no gradient
    assert [name for _, name, _ in res] == ["_head_grad_0_id_output", "bn_backward_output0", "bn_backward_output1",
                                            "bn_backward_output2", "fc_backward_output0", "fc_backward_output1",
                                            "fc_backward_output2"]
    assert float(res[0][2]) == 12.0 and float(res[3][2]) == 12.0     # head gradient, and beta's gradient: its sum


@pytest.mark.parametrize("stat_func", [lambda x: x.asnumpy().sum(), lambda x: (x.sum(),), lambda x: [1.0]])
def test_a_statistic_that_is_no_ndarray_fails_mxnets_bare_assertion(stat_func):
    executor = mx.sym.relu(mx.sym.var("x"), name="r").simple_bind(mx.cpu(), x=(2,))
    monitor = mx.mon.Monitor(1, stat_func=stat_func, pattern="r.*")
    monitor.install(executor)
    monitor.tic()
    executor.forward()
    with pytest.raises(AssertionError) as caught:
        monitor.toc()
    assert message_of(caught.value) == ""


def test_the_callback_is_an_attribute_of_the_monitor():
    monitor = mx.mon.Monitor(1)
    assert "stat_helper" in vars(monitor)

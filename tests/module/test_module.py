"""mx.mod.Module: bind, fit, score, predict, checkpoints, on the shipped digits."""
import logging
import os
import sys

import numpy as np
import pytest

import distnet as mx

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "examples"))
import train_digits  # noqa: E402  (the example's reader of the shipped digits)


def digits(train):
    images, labels = train_digits.digits_arrays(train)
    return images.reshape(len(images), -1).astype(np.float32) / 255, labels.astype(np.float32)


def mlp():
    data = mx.sym.var("data")
    h = mx.sym.Activation(mx.sym.FullyConnected(data, num_hidden=64, name="fc1"), act_type="relu", name="relu1")
    out = mx.sym.FullyConnected(h, num_hidden=10, name="fc2")
    return mx.sym.SoftmaxOutput(out, name="softmax")


def test_fit_reaches_95_percent_on_digits_and_checkpoint_round_trips(tmp_path):
    mx.random.seed(3)
    x, y = digits(True)
    tx, ty = digits(False)
    train = mx.io.NDArrayIter(x, y, batch_size=32, shuffle=True, label_name="softmax_label")
    test = mx.io.NDArrayIter(tx, ty, batch_size=100, label_name="softmax_label")
    mod = mx.mod.Module(mlp(), context=mx.cpu())
    mod.fit(train, eval_data=test, optimizer="adam", optimizer_params={"learning_rate": 0.01},
            initializer=mx.init.Xavier(), num_epoch=8, eval_metric="acc")
    acc = dict(mod.score(test, "acc"))["accuracy"]
    assert acc > 0.95, f"test accuracy {acc:.4f}"

    prefix = str(tmp_path / "mlp")
    mod.save_checkpoint(prefix, 8)
    sym, args, auxs = mx.model.load_checkpoint(prefix, 8)
    assert sorted(args) == ["fc1_bias", "fc1_weight", "fc2_bias", "fc2_weight"]
    again = mx.mod.Module(sym, context=mx.cpu())
    again.bind(data_shapes=test.provide_data, label_shapes=test.provide_label, for_training=False)
    again.set_params(args, auxs)
    np.testing.assert_array_equal(again.predict(test).asnumpy(), mod.predict(test).asnumpy())


def test_forward_backward_update_by_hand_matches_sgd():
    data = mx.sym.var("data")
    out = mx.sym.LinearRegressionOutput(mx.sym.FullyConnected(data, num_hidden=1, name="fc"), name="lro")
    mod = mx.mod.Module(out, label_names=["lro_label"])
    mod.bind(data_shapes=[("data", (4, 3))], label_shapes=[("lro_label", (4, 1))])
    mod.init_params(mx.init.Constant(0.5))
    mod.init_optimizer(optimizer="sgd", optimizer_params={"learning_rate": 0.1, "rescale_grad": 0.25})
    xb = np.arange(12, dtype=np.float32).reshape(4, 3) / 10
    yb = np.ones((4, 1), np.float32)
    batch = mx.io.DataBatch([mx.nd.array(xb)], [mx.nd.array(yb)])
    mod.forward(batch, is_train=True)
    pred = mod.get_outputs()[0].asnumpy()
    np.testing.assert_allclose(pred, xb @ np.full((3, 1), 0.5), rtol=1e-6)   # MXNet: a bias starts at 0
    mod.backward()
    mod.update()
    args, _ = mod.get_params()
    grad_w = ((pred - yb).T @ xb) * 0.25
    np.testing.assert_allclose(args["fc_weight"].asnumpy(), 0.5 - 0.1 * grad_w, rtol=1e-5)


def test_bind_rejects_a_data_name_the_symbol_does_not_have():
    with pytest.raises(ValueError, match="images"):
        mx.mod.Module(mlp(), data_names=["images"])


def test_speedometer_logs_during_fit(caplog):
    x, y = digits(False)
    it = mx.io.NDArrayIter(x[:200], y[:200], batch_size=20, label_name="softmax_label")
    mod = mx.mod.Module(mlp())
    with caplog.at_level(logging.INFO):
        mod.fit(it, num_epoch=1, optimizer="sgd", batch_end_callback=mx.callback.Speedometer(20, 5))
    assert any("samples/sec" in r.getMessage() for r in caplog.records)


def test_fit_with_dist_sync_under_the_launcher_trains_like_one_process():
    """Two workers, one server: both reach > 95% and end with the same parameters."""
    import os
    import re
    import signal
    import subprocess
    import sys
    job = os.path.join(os.path.dirname(os.path.abspath(__file__)), "module_dist_job.py")
    proc = subprocess.Popen([sys.executable, "-m", "distnet.launcher", "-n", "2", "-s", "1", sys.executable, job],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 0, err[-2000:]
    results = re.findall(r"module_dist rank=(\d) accuracy=([\d.]+) checksum=(\S+)", out)
    assert sorted(r for r, _, _ in results) == ["0", "1"], out
    assert all(float(acc) > 0.95 for _, acc, _ in results), out
    assert len({c for _, _, c in results}) == 1, out


def test_monitor_reports_node_outputs_and_arguments_like_mxnet():
    data = mx.sym.var("data")
    out = mx.sym.Activation(mx.sym.FullyConnected(data, num_hidden=3, name="fc"), act_type="relu", name="act")
    mod = mx.mod.Module(out, label_names=None)
    mod.bind(data_shapes=[("data", (2, 4))])
    mod.init_params(mx.init.One())
    mon = mx.mon.Monitor(1, pattern=".*")
    mod.install_monitor(mon)
    mon.tic()
    mod.forward(mx.io.DataBatch([mx.nd.ones((2, 4))]), is_train=False)
    assert mon.toc() == [(1, "fc_output", "4.0\t"), (1, "act_output", "4.0\t"), (1, "data", "1.0\t"),
                         (1, "fc_weight", "1.0\t"), (1, "fc_bias", "0.0\t")]       # MXNet 1.9.1's list
    assert mon.toc() == []


def test_prepare_pulls_rows_of_row_sparse_parameters_only():
    mod = mx.mod.Module(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='fc'), label_names=None,
                        context=[mx.cpu(0), mx.cpu(1)])
    mod.bind([('data', (2, 3))])
    mod.init_params(mx.init.One())
    mod.init_optimizer()            # two devices: the kvstore updates
    batch = mx.io.DataBatch([mx.nd.ones((2, 3))])
    with pytest.warns(UserWarning, match="fc_weight.stype is not 'row_sparse'. No need to perform row_sparse_pull."):
        mod.prepare(batch, sparse_row_id_fn=lambda b: {'fc_weight': mx.nd.array([0])})
    with pytest.raises(AssertionError, match="Expected dict output from sparse_row_id_fn"):
        mod.prepare(batch, sparse_row_id_fn=lambda b: [('fc_weight', mx.nd.array([0]))])

"""mx.executor_manager: the legacy DataParallelExecutorManager (values measured on MXNet 1.9.1)."""
import numpy as np
import pytest

import distnet as mx
from distnet.executor_manager import DataParallelExecutorManager, _check_arguments


def test_manager_splits_batches_and_averages_parameters():
    x = np.arange(48, dtype=np.float32).reshape(12, 4) / 48
    y = np.array([0, 1, 2, 0, 1, 2, 0, 1, 2, 2, 1, 0], np.float32)
    batches = mx.io.NDArrayIter(x, y, batch_size=6)
    with mx.name.NameManager():
        net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.Variable("data"), num_hidden=3, name="fc"),
                                   name="softmax")
    manager = DataParallelExecutorManager(net, [mx.cpu(0), mx.cpu(1)], batches, net.list_arguments(),
                                          ["fc_weight", "fc_bias"], [])
    assert manager.slices == [slice(0, 3), slice(3, 6)]
    assert [e.arg_dict["data"].shape for e in manager.execgrp.train_execs] == [(3, 4), (3, 4)]
    manager.set_params({"fc_weight": mx.nd.zeros((3, 4)), "fc_bias": mx.nd.zeros(3)}, {})
    batch = next(iter(batches))
    manager.load_data_batch(batch)
    manager.forward(is_train=True)
    manager.backward()
    # uniform softmax: each device's bias gradient is (1/3 - one_hot) summed over its three rows
    expected = [np.full(3, 1.0) - np.bincount(y[k:k + 3].astype(int), minlength=3) for k in (0, 3)]
    for device, want in enumerate(expected):
        np.testing.assert_allclose(manager.grad_arrays[1][device].asnumpy(), want, atol=1e-6)
    manager.param_arrays[1][1][:] = 2.0
    out = {"fc_weight": mx.nd.ones((3, 4)), "fc_bias": mx.nd.ones(3)}
    manager.copy_to(out, {})
    assert (out["fc_bias"].asnumpy() == 1).all() and (out["fc_weight"].asnumpy() == 0).all()
    assert mx.model.DataParallelExecutorManager is DataParallelExecutorManager


def test_duplicate_argument_names_are_refused():
    twice = mx.sym.FullyConnected(mx.sym.Variable("w"), weight=mx.sym.Variable("w"), num_hidden=2, no_bias=True)
    with pytest.raises(ValueError, match='Find duplicated argument name "w"'):
        _check_arguments(twice)

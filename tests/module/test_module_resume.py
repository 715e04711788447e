"""Resuming Module training from save_checkpoint(save_optimizer_states=True) equals an uninterrupted run."""
import numpy as np
import pytest

import distnet as mx

RNG = np.random.RandomState(0)
X = RNG.rand(40, 6).astype(np.float32)
Y = (X.sum(1) > 3).astype(np.float32)


def net():
    with mx.name.NameManager():
        h = mx.sym.Activation(mx.sym.FullyConnected(mx.sym.Variable("data"), num_hidden=8, name="fc1"),
                              act_type="relu")
        return mx.sym.SoftmaxOutput(mx.sym.FullyConnected(h, num_hidden=2, name="fc2"), name="softmax")


def fit(mod, begin, end, optimizer, kvstore):
    mod.fit(mx.io.NDArrayIter(X, Y, batch_size=10), begin_epoch=begin, num_epoch=end, optimizer=optimizer,
            optimizer_params={"learning_rate": 0.1, "momentum": 0.9} if optimizer == "sgd" else {},
            kvstore=kvstore, initializer=mx.init.Xavier())
    return mod.get_params()[0]["fc2_weight"].asnumpy()


@pytest.mark.parametrize("contexts", [[mx.cpu(0)], [mx.cpu(0), mx.cpu(1)]])
@pytest.mark.parametrize("kvstore", ["local", None])
@pytest.mark.parametrize("optimizer", ["sgd", "rmsprop"])
def test_resumed_training_matches_uninterrupted(tmp_path, contexts, kvstore, optimizer):
    mx.random.seed(1)
    whole = fit(mx.mod.Module(net(), context=contexts), 0, 4, optimizer, kvstore)
    mx.random.seed(1)
    first = mx.mod.Module(net(), context=contexts)
    fit(first, 0, 2, optimizer, kvstore)
    prefix = str(tmp_path / "ck")
    first.save_checkpoint(prefix, 2, save_optimizer_states=True)
    resumed = mx.mod.Module.load(prefix, 2, load_optimizer_states=True, context=contexts)
    np.testing.assert_array_equal(fit(resumed, 2, 4, optimizer, kvstore), whole)
    assert resumed._preload_opt_states is None


def test_states_file_without_load_restarts_the_momentum(tmp_path):
    mx.random.seed(1)
    whole = fit(mx.mod.Module(net()), 0, 4, "sgd", "local")
    mx.random.seed(1)
    first = mx.mod.Module(net())
    fit(first, 0, 2, "sgd", "local")
    first.save_checkpoint(str(tmp_path / "ck"), 2, save_optimizer_states=True)
    fresh = mx.mod.Module.load(str(tmp_path / "ck"), 2)
    assert np.abs(fit(fresh, 2, 4, "sgd", "local") - whole).max() > 1e-4

"""Under NumPy semantics MXNet's Updater hands an optimizer legacy views of the mx.np weights and gradients
(custom optimizers see NDArrays; the weights still change in place); an optimizer created outside npx.set_np()
refuses mx.np arrays with ValueError."""
import pytest

import distnet as mx
from distnet import autograd, gluon, np, npx
from distnet.gluon import nn


class _Recording(mx.optimizer.Optimizer):
    seen = []

    def create_state(self, index, weight):
        return None

    def update(self, index, weight, grad, state):
        self.seen.append((type(weight), type(grad)))
        weight[:] = weight - self._get_lr(index) * grad


def _one_step(trainer, net):
    with autograd.record():
        loss = net(np.ones((1, 2))).sum()
    loss.backward()
    trainer.step(1)


def test_custom_optimizer_sees_legacy_views_of_np_weights():
    npx.set_np()
    try:
        net = nn.Dense(1, in_units=2)
        net.initialize(mx.init.One())
        opt = _Recording(learning_rate=0.1)
        assert opt.allow_np_array
        _one_step(gluon.Trainer(net.collect_params(), opt), net)
        assert {pair for pair in _Recording.seen} == {(mx.nd.NDArray, mx.nd.NDArray)}
        assert type(net.weight.data()) is np.ndarray
        assert net.weight.data().asnumpy()[0].tolist() == pytest.approx([0.9, 0.9])
    finally:
        npx.reset_np()


def test_optimizer_made_outside_np_semantics_refuses_np_arrays():
    opt = mx.optimizer.SGD(learning_rate=0.1)
    assert not opt.allow_np_array
    npx.set_np()
    try:
        net = nn.Dense(1, in_units=2)
        net.initialize(mx.init.One())
        with pytest.raises(ValueError, match="not allowed"):
            _one_step(gluon.Trainer(net.collect_params(), opt), net)
    finally:
        npx.reset_np()


@pytest.mark.parametrize("name", ["sgd", "adam", "rmsprop", "signum", "ftrl"])
def test_builtin_update_called_directly_refuses_np_arrays(name):
    opt = mx.optimizer.create(name, learning_rate=0.1)
    weight = np.ones(3)
    with pytest.raises(TypeError):
        opt.update(0, weight, np.ones(3), opt.create_state(0, weight))
    assert weight.asnumpy().tolist() == [1.0, 1.0, 1.0]


def test_dcasgd_and_user_updates_take_np_arrays():
    opt = mx.optimizer.DCASGD(learning_rate=0.1)
    weight = np.ones(3)
    opt.update(0, weight, np.ones(3) * 0.5, opt.create_state(0, weight))
    assert weight.asnumpy().tolist() == pytest.approx([0.95] * 3)
    mine = _Recording(learning_rate=0.1)
    mine.update(0, weight, np.ones(3), None)
    assert weight.asnumpy().tolist() == pytest.approx([0.85] * 3)


def test_failed_np_gradient_skips_the_update_and_the_weight_carries_its_error():
    # float16 FullyConnected has no CPU kernel: its gradients carry the error; the Trainer's update is skipped and
    # reading the mx.np weight raises it (no TypeError for the legacy update on mx.np arrays)
    npx.set_np()
    try:
        net = nn.Dense(3, in_units=4)
        net.initialize(mx.init.Constant(0.5))
        net.cast("float16")
        trainer = gluon.Trainer(net.collect_params(), "sgd",
                                {"learning_rate": 0.1, "momentum": 0.9, "multi_precision": True})
        with autograd.record():
            loss = net(np.ones((2, 4), dtype="float16")).sum()
        loss.backward()
        trainer.step(2)
        assert isinstance(net.weight.data(), np.ndarray)
        with pytest.raises(mx.base.MXNetError, match="float16 fully connected layer"):
            net.weight.data().asnumpy()
    finally:
        npx.reset_np()


def test_legacy_view_of_a_failed_np_array_shares_its_error():
    npx.set_np()
    try:
        net = nn.Dense(3, in_units=4)
        net.initialize()
        net.cast("float16")
        out = net(np.ones((2, 4), dtype="float16"))
        view = out.as_nd_ndarray()          # no error at the conversion
        assert not isinstance(view, np.ndarray) and view.shape == (2, 3)
        with pytest.raises(mx.base.MXNetError, match="float16 fully connected layer"):
            view.asnumpy()
    finally:
        npx.reset_np()

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

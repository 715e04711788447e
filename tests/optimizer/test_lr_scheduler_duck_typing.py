"""An optimizer takes any callable as its lr_scheduler, as MXNet 1.9.1 does (the learning rate tutorials pass their
own schedule classes); what it lacks fails where MXNet fails."""
import pytest

import distnet as mx


class Halving:
    """A schedule without base_lr, as in the tutorials."""

    def __call__(self, num_update):
        return 1.0 / 2 ** num_update


def test_a_plain_callable_schedule_drives_the_learning_rate():
    opt = mx.optimizer.SGD(lr_scheduler=Halving())
    assert opt.lr is None and opt.learning_rate == 1.0
    w = mx.nd.array([1.0, 2.0])
    for expected in ([0.5, 1.5], [0.25, 1.25]):
        opt.update(0, w, mx.nd.array([1.0, 1.0]), None)
        assert w.asnumpy().tolist() == expected         # rates 0.5 then 0.25, as MXNet 1.9.1 prints


def test_a_callable_without_base_lr_next_to_a_learning_rate_raises_attribute_error():
    with pytest.raises(AttributeError, match="base_lr"):
        mx.optimizer.SGD(learning_rate=0.05, lr_scheduler=Halving())


def test_a_non_callable_schedule_fails_when_the_rate_is_read():
    opt = mx.optimizer.create("sgd", lr_scheduler=0.1)
    assert opt.lr_scheduler == 0.1
    with pytest.raises(TypeError, match="not callable"):
        opt.learning_rate

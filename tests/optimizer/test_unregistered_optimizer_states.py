"""Optimizer classes outside the registry are saved by module and class name, and rebuilt only from loaded modules."""
import sys

import pytest

import distnet as mx
from distnet.base import MXNetError


class Scaled(mx.optimizer.Optimizer):
    def __init__(self, scale=1.0, **kwargs):
        super().__init__(**kwargs)
        self.scale = scale

    def create_state(self, index, weight):
        return None

    def update(self, index, weight, grad, state):
        self._update_count(index)
        weight[:] -= self._get_lr(index) * self.scale * grad


def test_unregistered_optimizer_round_trips_with_its_attributes():
    opt = Scaled(scale=3.0, learning_rate=0.5)
    updater = mx.optimizer.get_updater(opt)
    updater(0, mx.nd.ones(2), mx.nd.ones(2))
    other = mx.optimizer.get_updater(mx.optimizer.SGD())
    other.set_states(updater.get_states(dump_optimizer=True))
    assert type(other.optimizer) is Scaled
    assert other.optimizer.scale == 3.0 and other.optimizer.lr == 0.5 and other.optimizer.num_update == 1


def test_class_of_a_module_not_loaded_is_refused_without_importing_it():
    blob = mx.optimizer.serialize_optimizer(Scaled())
    module = Scaled.__module__.encode()
    hacked = blob.replace(module, b"x" * len(module))
    assert "x" * len(module) not in sys.modules
    with pytest.raises(MXNetError, match="no Optimizer class of that name is loaded"):
        mx.optimizer.deserialize_optimizer(hacked)
    assert "x" * len(module) not in sys.modules


def test_a_loaded_class_that_is_no_optimizer_is_refused():
    blob = mx.optimizer.serialize_optimizer(Scaled())
    hacked = blob.replace(b":Scaled", b":pytest")      # a module attribute that is not an Optimizer class
    with pytest.raises(MXNetError, match="cannot rebuild optimizer"):
        mx.optimizer.deserialize_optimizer(hacked)

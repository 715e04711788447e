"""Registering the same optimizer class twice warns, as MXNet 1.9.1 does."""
import pytest

import distnet as mx


def test_registering_the_same_class_again_warns():
    class ReregisterProbeOpt(mx.optimizer.Optimizer):
        def update(self, index, weight, grad, state):
            weight[:] -= 1

    try:
        mx.optimizer.register(ReregisterProbeOpt)
        with pytest.warns(UserWarning, match="ReregisterProbeOpt is overriding existing optimizer"):
            mx.optimizer.register(ReregisterProbeOpt)
        assert mx.optimizer.Optimizer.opt_registry["reregisterprobeopt"] is ReregisterProbeOpt
    finally:
        mx.optimizer.Optimizer.opt_registry.pop("reregisterprobeopt", None)

"""Optimizer updates make inf/nan as MXNet's kernels do: silently (no numpy RuntimeWarning)."""
import warnings

import numpy as np

import distnet as mx
from distnet import autograd, gluon


def test_adamax_zero_gradient_is_nan_without_warnings():
    # MXNet 1.9.1 gives [nan nan nan] here too (0 / 0 in the update)
    p = gluon.Parameter("w", shape=(3,))
    p.initialize(init="zeros")
    trainer = gluon.Trainer([p], "adamax")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with autograd.record():
            (p.data() * 0).sum().backward()
        trainer.step(1)
    assert np.isnan(p.data().asnumpy()).all()
    assert mx.nd.zeros(1).asnumpy()[0] == 0



def test_float16_kernels_divide_by_zero_without_warnings():
    # MXNet 1.9.1, float16 weights and states: epsilon rounds to 0 in float16, so a zero gradient gives 0 / 0 and a
    # tiny one x / 0, silently: [nan, -inf]
    for name, kwargs in (("rmsprop", {"centered": True}), ("rmsprop", {}), ("adam", {})):
        opt = mx.optimizer.create(name, learning_rate=0.5, **kwargs)
        weight = mx.nd.array([0.5, -1.0], dtype="float16")
        state = tuple(s.astype("float16") for s in opt.create_state(0, weight.astype("float32")))
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            opt.update(0, weight, mx.nd.array([0.0, 1e-4], dtype="float16"), state)
        np.testing.assert_array_equal(weight.asnumpy(), np.array([np.nan, -np.inf], np.float16))

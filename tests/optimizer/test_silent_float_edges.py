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

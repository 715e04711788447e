"""initialize(verbose=True) logs each array's statistic with MXNet's legacy norm: under NumPy semantics the
mx.np parameter arrays are refused with TypeError (when the array is actually initialised)."""
import logging

import pytest

import distnet as mx
from distnet import init, np, npx
from distnet.gluon import nn


def test_verbose_statistic_refuses_np_arrays():
    npx.set_np()
    try:
        with pytest.raises(TypeError, match="norm"):
            nn.Dense(2, in_units=3).initialize(init.Normal(), verbose=True)
        deferred = nn.Dense(2, use_bias=False)
        deferred.initialize(init.Normal(), verbose=True)        # nothing initialised yet
        with pytest.raises(TypeError, match="norm"):
            deferred(np.ones((1, 3)))
    finally:
        npx.reset_np()


def test_verbose_statistic_logged_for_legacy_arrays(caplog):
    with caplog.at_level(logging.INFO):
        nn.Dense(2, in_units=3).initialize(init.Constant(2.0), verbose=True)
    assert any(r.getMessage().endswith(": 2.0") for r in caplog.records)
    assert mx.nd.ones(1).asnumpy().tolist() == [1.0]

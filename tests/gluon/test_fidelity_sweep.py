"""Gluon behaviour measured against MXNet 1.9.1: exception types, names, reprs and values."""
import os

import numpy as np
import pytest

import distnet as mx
from distnet import gluon
from distnet.base import MXNetError
from distnet.gluon import nn


# ---- exception types: MXNet asserts in Parameter / ParameterDict / load_parameters -----------------
@pytest.mark.parametrize("bad", [
    lambda: gluon.Parameter("w", shape=(2, 2), stype="foo"),
    lambda: setattr(gluon.Parameter("w", shape=(2, 3)), "grad_req", "foo"),
    lambda: setattr(gluon.Parameter("w", shape=(2, 3)), "shape", (4, 3)),
    lambda: gluon.Parameter("w", shape=(2, 3)).set_data(mx.nd.ones((2, 3))),
])
def test_parameter_checks_raise_assertion_error(bad):
    with pytest.raises(AssertionError) as info:
        bad()
    assert type(info.value).__name__ == "AssertionError"
    assert isinstance(info.value, MXNetError)


def test_parameter_dict_checks_raise_assertion_error():
    pd = gluon.ParameterDict("blk_")
    pd.get("a", shape=(2, 3))
    for bad in (lambda: pd.get("a", shape=(3, 3)), lambda: pd.get("a", dtype="float64"),
                lambda: pd.get("a", lr_mult=2.0)):
        with pytest.raises(AssertionError):
            bad()
    other = gluon.ParameterDict("blk_")
    other.get("a", shape=(2, 3))
    with pytest.raises(AssertionError):
        pd.update(other)
    with pytest.raises(TypeError):       # MXNet's ParameterDict has no len()
        len(pd)


class _Two(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.d1 = nn.Dense(4, in_units=3)
            self.extra = self.params.get("extra", shape=(2,))

    def hybrid_forward(self, F, x, extra):
        return self.d1(x)


class _One(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.d1 = nn.Dense(4, in_units=3)

    def hybrid_forward(self, F, x):
        return self.d1(x)


def test_load_parameters_missing_and_extra(tmp_path):
    two, one = _Two(), _One()
    two.initialize()
    one.initialize()
    big, small = str(tmp_path / "two.params"), str(tmp_path / "one.params")
    two.save_parameters(big)
    one.save_parameters(small)
    with pytest.raises(ValueError) as info:
        one.load_parameters(big)
    assert type(info.value).__name__ == "ValueError"
    # MXNet names the block's own parameters (none here), not its children's
    assert str(info.value) == (f"Parameter 'extra' loaded from file '{big}' is not present in ParameterDict, "
                               "which contains parameters . Set ignore_extra=True to ignore. ")
    with pytest.raises(AssertionError) as info:
        _Two().load_parameters(small)
    assert type(info.value).__name__ == "AssertionError"
    assert str(info.value) == (f"Parameter 'extra' is missing in file '{small}', which contains parameters: "
                               "'d1.weight', 'd1.bias'. Set allow_missing=True to ignore missing parameters.")
    one.load_parameters(big, ignore_extra=True)
    _Two().load_parameters(small, allow_missing=True)

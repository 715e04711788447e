"""The _*_scalar operators take scalar=1 by default; is_int=False computes integer and bool data in double."""
import numpy as np
import pytest

import distnet as mx

nd = mx.nd


@pytest.mark.parametrize("name, expected", [
    ("_plus_scalar", [2, 3, 1]), ("_rminus_scalar", [0, -1, 1]), ("_mul_scalar", [1, 2, 0]), ("_power_scalar", [1, 2, 0]),
])
def test_scalar_defaults_to_one(name, expected):
    r = getattr(nd._internal, name)(nd.array([1, 2, 0], dtype="int32"))
    assert r.dtype == np.int32 and r.asnumpy().tolist() == expected


@pytest.mark.parametrize("dtype", ["int32", "uint8", "bool"])
def test_a_non_integral_scalar_computes_in_double(dtype):
    r = nd._internal._plus_scalar(nd.array([1, 0], dtype=dtype), scalar=2.5, is_int=False)
    assert r.dtype == np.float64 and r.asnumpy().tolist() == [3.5, 2.5]


def test_an_integral_scalar_keeps_integers():
    r = nd._internal._plus_scalar(nd.array([1, 0], dtype="bool"), scalar=2.5)
    assert r.dtype == np.int64 and r.asnumpy().tolist() == [3, 2]

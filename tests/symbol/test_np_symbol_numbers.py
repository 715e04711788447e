"""mx.sym.np functions given plain numbers compute them with NumPy (MXNet 1.9.1 builds no graph then)."""
import numpy as onp
import pytest

import distnet as mx


@pytest.mark.parametrize("call, expected, dtype", [
    (lambda S: S.exp(2.0), onp.exp(2.0), onp.float64),
    (lambda S: S.negative(3), -3, onp.int64),
    (lambda S: S.add(2, 3), 5, onp.int64),
    (lambda S: S.true_divide(3, 2), 1.5, onp.float64),
    (lambda S: S.maximum(2, 3.5), 3.5, onp.float64),
    (lambda S: S.isnan(1.0), False, onp.bool_),
    (lambda S: S.around(2.5), 2.0, onp.float64),
    (lambda S: S.exp(onp.float32(1.0)), onp.exp(onp.float32(1.0)), onp.float32),
])
def test_numbers_give_numpy_scalars(call, expected, dtype):
    value = call(mx.sym.np)
    assert type(value) is dtype and value == expected


def test_other_non_symbols_are_refused():
    with pytest.raises(TypeError, match="not supported"):
        mx.sym.np.exp(None)
    assert isinstance(mx.sym.np.exp(mx.sym.var("x").as_np_ndarray()), mx.sym.Symbol)

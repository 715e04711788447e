"""Without NumPy shape semantics mx.np makes zero-size arrays from data but its operators refuse them (MXNet 1.9.1)."""
import pytest

import distnet as mx
from distnet import np


def test_zero_size_data_makes_an_array():
    assert np.array([]).shape == (0,) and np.array([[]]).shape == (1, 0)
    assert repr(np.array([])) == "array([])" and np.array([], dtype="int32").dtype == "int32"


@pytest.mark.parametrize("call", [lambda a: a + 1, lambda a: a.sum(), lambda a: np.prod(a), lambda a: np.mean(a)])
def test_operators_refuse_zero_size_inputs(call):
    with pytest.raises(mx.MXNetError):
        call(np.array([]))


def test_multinomial_with_no_outcomes():
    assert np.random.multinomial(10, []).shape == (0,)
    assert np.random.multinomial(10, (), size=(3,)).asnumpy().tolist() == [[], [], []]
    assert np.random.multinomial(10, [], size=(0, 2)).shape == (0, 2, 0)
    with pytest.raises(mx.MXNetError):          # an mx.np array of no elements is a zero-size operator input
        np.random.multinomial(10, np.array([]))

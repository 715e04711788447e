"""A loss's global weight must be a number; anything else fails at the call with MXNet's words exactly."""
import pytest

from distnet import nd
from distnet.gluon import loss as L
from distnet.base import message_of


@pytest.mark.parametrize("weight", ["a", [1], 1 + 2j])
def test_a_weight_that_is_not_a_number_fails_in_mxnet_words(weight):
    with pytest.raises(AssertionError) as info:
        L.L1Loss(weight=weight)(nd.ones((2, 2)), nd.zeros((2, 2)))
    assert message_of(info.value) == "weight must be a number"


def test_a_numeric_weight_scales_the_loss():
    assert L.L1Loss(weight=3)(nd.ones((2, 2)), nd.zeros((2, 2))).asnumpy().tolist() == [3.0, 3.0]

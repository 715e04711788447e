"""SDMLLoss reads the batch size first, then asserts (without a message, as MXNet) that x1 and x2 agree."""
import pytest

from distnet import nd
from distnet.gluon.loss import SDMLLoss
from distnet.base import message_of


def test_mismatched_shapes_fail_a_bare_assert():
    with pytest.raises(AssertionError) as info:
        SDMLLoss()(nd.ones((2, 3)), nd.ones((3, 3)))
    assert message_of(info.value) == ""


def test_a_scalar_fails_reading_the_batch_size():
    with pytest.raises(IndexError):
        SDMLLoss()(nd.array(1.5), nd.array(1.5))


def test_other_ranks_fail_unpacking_the_shape():
    with pytest.raises(ValueError, match="not enough values to unpack"):
        SDMLLoss()(nd.ones((3,)), nd.ones((3,)))

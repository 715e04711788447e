"""Legacy broadcasts read a 0 dimension as unknown (-1): it goes with any size and shape inference then fails;
the other dimensions must still match."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of
from distnet.ndarray.shape_text import legacy_broadcast_shape

nd = mx.nd


@pytest.mark.parametrize("a, b, out", [((3,), (0,), (0,)), ((2, 0), (0, 1), (0, 0)), ((0, 3), (2, 1, 1), (2, 0, 3))])
def test_an_unknown_dimension_stays_unknown(a, b, out):
    assert legacy_broadcast_shape(a, b) == out


@pytest.mark.parametrize("f", [nd.broadcast_add, lambda x, y: x * y])
def test_a_zero_dimension_goes_with_any_size_then_inference_fails(f):
    with pytest.raises(MXNetError) as e:
        f(nd.ones((3,)), nd.array(np.ones((0,))))
    assert "inferring shapes failed.\ninput shapes:\n[3]\n[-1]\noutput shapes:\n[-1]\n" in message_of(e.value)


def test_other_dimensions_must_match_printed_with_unknowns():
    with pytest.raises(MXNetError, match=r"could not be broadcast together with shapes \[2,3\] \[-1,2\]"):
        nd.broadcast_mul(nd.ones((2, 3)), nd.array(np.ones((0, 2))))


def test_norm_checks_ord_when_read():
    r = nd.norm(nd.ones((2, 2)), ord=3)
    assert r.shape == (1,)
    with pytest.raises(MXNetError, match="norm only supports ord=1 and ord=2"):
        r.asnumpy()

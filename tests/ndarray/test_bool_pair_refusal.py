"""Legacy binary operators have no kernel for two bool arrays: reading the result fails in MXNet's words."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

nd = mx.nd


@pytest.mark.parametrize("name, f", [
    ("broadcast_equal", lambda a, b: a == b),
    ("broadcast_add", lambda a, b: a + b),
    ("elemwise_mul", nd.elemwise_mul),
    ("broadcast_logical_or", nd.logical_or),
])
def test_two_bool_arrays_fail_when_read(name, f):
    a, b = nd.array([1, 0], dtype="bool"), nd.array([1, 1], dtype="bool")
    r = f(a, b)
    assert r.dtype is np.bool_
    with pytest.raises(MXNetError, match=f"Operator {name} does not support boolean type"):
        r.asnumpy()


def test_in_place_bool_update_leaves_the_array_failing_when_read():
    c = nd.array([1, 0], dtype="bool")
    c += nd.array([1, 1], dtype="bool")
    with pytest.raises(MXNetError, match="Operator broadcast_add does not support boolean type"):
        c.asnumpy()


def test_the_bool_pair_refusal_is_mxnet_words_alone():
    r = nd.array([1, 0], dtype="bool") * nd.array([1, 1], dtype="bool")
    with pytest.raises(MXNetError) as e:
        r.asnumpy()
    assert message_of(e.value) == "Operator broadcast_mul does not support boolean type"

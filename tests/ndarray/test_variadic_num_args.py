"""Variadic operators check num_args against their inputs as MXNet 1.9.1 does."""
import pytest

from distnet import nd
from distnet.base import MXNetError, message_of


@pytest.mark.parametrize("call", [
    lambda a, b: nd.concat(a, b, num_args=3, dim=0), lambda a, b: nd.concat(a, b, num_args=1, dim=0),
    lambda a, b: nd.stack(a, b, num_args=3), lambda a, b: nd.add_n(a, b, num_args=3),
    lambda a, b: nd.ElementWiseSum(a, b, num_args=1),
])
def test_a_num_args_other_than_the_input_count_is_refused(call):
    with pytest.raises(MXNetError, match="expects [0-9] inputs, but got 2 instead"):
        call(nd.ones((2,)), nd.zeros((2,)))


def test_num_args_is_read_as_an_int_and_at_least_one_input_is_needed():
    a, b = nd.ones((2,)), nd.zeros((2,))
    assert nd.concat(a, b, num_args="2", dim=0).shape == (4,)
    assert nd.add_n(a, b, num_args=2).asnumpy().tolist() == [1.0, 1.0]
    with pytest.raises(MXNetError, match="Invalid Parameter format for num_args expect int"):
        nd.concat(a, b, num_args=2.0, dim=0)
    for call in (nd.concat, nd.stack, nd.add_n):
        with pytest.raises(MXNetError, match="value 0 for Parameter num_args should be greater equal to 1"):
            call()


def test_no_inputs_refusal_names_the_attributes_given_too():
    import distnet as mx
    with pytest.raises(mx.base.MXNetError) as err:
        mx.nd.concat(foo=1)
    assert message_of(err.value) == ("value 0 for Parameter num_args should be greater equal to 1\nnum_args: Number of "
                              'inputs to be concated., in operator Concat(name="", num_args="0", foo="1")')

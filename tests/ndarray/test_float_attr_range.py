"""Float and double operator attributes out of the range MXNet 1.9.1's parser accepts (measured on MXNet):
a written exponent beyond 38 (float) / 308 (double), or at exactly that exponent a significand past the
largest value or below the smallest normal, fails with "Out of range value for <name>"."""
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

X = mx.nd.array([-1.0])


@pytest.mark.parametrize("slope", [1e-39, 1e-38, 3.5e38, 3.41e38, 1e39, -1e-45, 5e-324, 1e-310,
                                   "1e-45", "0.01e40", "0e50", "0e-50", "1000e-41", "3.4028236e38"])
def test_out_of_range_slopes_fail(slope):
    with pytest.raises(MXNetError, match="Out of range value for slope"):
        mx.nd.LeakyReLU(X, slope=slope)


@pytest.mark.parametrize("slope,expected", [(1.2e-38, -1.2e-38), ("1.1754943e-38", -1.1754942e-38), ("9.9e37", -9.9e37),
                                            ("12e37", -1.2e38), (0.0, 0.0), (float("inf"), -float("inf"))])
def test_values_at_the_edges_are_read(slope, expected):
    assert float(mx.nd.LeakyReLU(X, slope=slope).asnumpy()[0]) == pytest.approx(expected, rel=1e-6)


def test_double_attribute_and_unchecked_float_tuples():
    ones, zeros = mx.nd.ones(2), mx.nd.zeros(2)
    with pytest.raises(MXNetError, match="Out of range value for eps"):
        mx.nd.BatchNorm(mx.nd.ones((2, 2)), ones, zeros, zeros, ones, eps=1e-320)
    assert mx.nd.BatchNorm(mx.nd.ones((2, 2)), ones, zeros, zeros, ones, eps=1e-300).shape == (2, 2)
    # a tuple of floats is read by a stream that does no range check
    assert mx.nd.contrib.MultiBoxPrior(mx.nd.zeros((1, 1, 2, 2)), sizes=(0.5, 1e-40)).shape == (1, 8, 4)


@pytest.mark.parametrize("text, refusal", [
    ("False", "Some trailing characters could not be parsed: 'alse'"),     # 'F': a float suffix
    ("2 ", "Some trailing characters could not be parsed: ' '"),
    ("1.2.3", "Some trailing characters could not be parsed: '.3'"),
    ("--3", "Some trailing characters could not be parsed: '-3'"),
    ("infx", "Some trailing characters could not be parsed: 'x'"),
    ("True", "Invalid Parameter format for slope expect float but value='True'"),
    ("infinit", "Invalid Parameter format for slope expect float but value='infinit'"),
])
def test_a_float_parameter_is_read_by_dmlcs_number_parser_which_refuses_what_it_leaves(text, refusal):
    with pytest.raises(mx.base.MXNetError) as call:
        mx.nd.LeakyReLU(mx.nd.ones((2,)), slope=text)
    assert message_of(call.value) == f'{refusal}, in operator LeakyReLU(name="", slope="{text}")'
    with pytest.raises(mx.base.MXNetError) as graph:
        mx.sym.LeakyReLU(mx.sym.var("x"), slope=text)
    assert message_of(graph.value) == message_of(call.value)


@pytest.mark.parametrize("text, value", [("F", 0.0), ("1e", 1.0), ("1.5f", 1.5), ("+.5e-1F", 0.05), (" 2", 2.0),
                                         ("-", 0.0), ("e5", 0.0)])
def test_the_prefix_dmlcs_parser_reads_is_the_value(text, value):
    out = mx.nd.LeakyReLU(-mx.nd.ones((1,)), slope=text)
    assert out.asnumpy()[0] == pytest.approx(-value)

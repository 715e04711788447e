"""'null' variables once their graph is freed, lone mark_variables arguments, and whole self-assignments."""
import pytest

from distnet import autograd, nd
from distnet.base import MXNetError


def _recorded_product(x, z):
    with autograd.record():
        return x * z


def test_null_variable_is_a_constant_input_after_a_freeing_backward():
    x, z = nd.array([1.0, 2.0]), nd.array([3.0, 4.0])
    x.attach_grad(grad_req="null")
    z.attach_grad()
    y = _recorded_product(x, z)
    first = autograd.get_symbol(y).list_arguments()
    assert first[0].startswith("var")
    y.backward()
    assert x.grad is None
    again = autograd.get_symbol(_recorded_product(x, z)).list_arguments()
    assert again[0].startswith("null") and again[1] == first[1]


def test_retained_graph_keeps_the_null_variable_marked():
    x, z = nd.array([1.0, 2.0]), nd.array([3.0, 4.0])
    x.attach_grad(grad_req="null")
    z.attach_grad()
    y = _recorded_product(x, z)
    y.backward(retain_graph=True)
    assert autograd.get_symbol(_recorded_product(x, z)).list_arguments()[0].startswith("var")


def test_lone_variable_needs_a_lone_buffer():
    with pytest.raises(AssertionError):
        autograd.mark_variables(nd.ones(2), [nd.zeros(2)])


@pytest.mark.parametrize("key", [slice(None), slice(0, 3), Ellipsis, ()])
def test_whole_self_assignment_under_record_writes_nothing(key):
    x = nd.array([1.0, 2.0, 3.0])
    x.attach_grad()
    with autograd.record():
        y = x * 2
        y[key] = y
        z = y * x
    z.backward()
    assert z.asnumpy().tolist() == [2.0, 8.0, 18.0]
    assert x.grad.asnumpy().tolist() == [4.0, 8.0, 12.0]


def test_partial_self_assignment_under_record_is_refused():
    x = nd.array([1.0, 2.0, 3.0])
    x.attach_grad()
    with pytest.raises(MXNetError, match="already in a computational graph"):
        with autograd.record():
            y = x * 2
            y[::-1] = y

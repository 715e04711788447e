"""group2ctx and shared_exec as MXNet's bind and simple_bind read them."""
import pytest

import distnet as mx
from distnet import nd, sym
from distnet.base import MXNetError


def _grouped():
    x, w = sym.Variable("x"), sym.Variable("w")
    with mx.AttrScope(ctx_group="dev1"):
        a = x * 2
    with mx.AttrScope(ctx_group="dev2"):
        return a + w


@pytest.mark.parametrize("group2ctx, missing", [({"dev1": mx.cpu(1)}, "dev2"), ({"zz": mx.cpu(3)}, "dev1")])
def test_a_group_without_a_device_is_refused(group2ctx, missing):
    words = f"The device assignment not found for group {missing}"
    with pytest.raises(MXNetError, match=words):
        _grouped().bind(mx.cpu(), [nd.ones((2,)), nd.ones((2,))], group2ctx=group2ctx)
    with pytest.raises(RuntimeError, match=words):
        _grouped().simple_bind(mx.cpu(), group2ctx=group2ctx, x=(2,), w=(2,))


def test_a_device_that_is_not_a_context_is_refused_by_its_fields():
    with pytest.raises(AttributeError, match="'str' object has no attribute 'device_typeid'"):
        _grouped().bind(mx.cpu(), [nd.ones((2,)), nd.ones((2,))], group2ctx={"dev1": "cpu", "dev2": mx.cpu()})


def test_an_empty_group2ctx_places_nothing():
    ex = _grouped().bind(mx.cpu(), [nd.ones((2,)), nd.ones((2,))], group2ctx={})
    assert ex.forward()[0].asnumpy().tolist() == [3.0, 3.0]


def test_bind_reads_the_shared_executors_handle():
    x = sym.Variable("x")
    with pytest.raises(AttributeError, match="'int' object has no attribute 'handle'"):
        (x * 2).bind(mx.cpu(), [nd.ones((2,))], shared_exec=3)
    shared = (x * 2).simple_bind(mx.cpu(), x=(2,))
    assert (x * 2).bind(mx.cpu(), [nd.ones((2,))], shared_exec=shared).forward()[0].asnumpy().tolist() == [2.0, 2.0]

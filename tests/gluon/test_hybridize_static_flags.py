"""hybridize() flags: MXNet keeps them as (name, value) pairs and its CachedOp refuses static_shape without static_alloc."""
import pytest

import distnet as mx
from distnet.gluon import nn


def _dense():
    net = nn.Dense(2, in_units=3)
    net.initialize(mx.init.Constant(0.5))
    return net


def test_static_shape_needs_static_alloc_at_the_first_call():
    net = _dense()
    net.hybridize(static_shape=True)
    assert net._flags == [("static_alloc", False), ("static_shape", True), ("inline_limit", 2)]
    for _ in range(2):          # the cached graph is never built, so each call refuses again
        with pytest.raises(mx.MXNetError, match="static_alloc must be True when static_shape is True"):
            net(mx.nd.ones((1, 3)))


def test_rehybridizing_with_static_shape_alone_refuses_a_block_that_ran():
    net = _dense()
    net.hybridize(static_alloc=True, static_shape=True)
    assert net(mx.nd.ones((1, 3)) * 2).asnumpy().tolist() == [[3.0, 3.0]]
    net.hybridize(static_shape=True)
    with pytest.raises(mx.MXNetError):
        net(mx.nd.ones((1, 3)))


@pytest.mark.parametrize("flags", [{}, {"inline_limit": 0}, {"static_alloc": True},
                                   {"static_alloc": True, "static_shape": True, "inline_limit": 0,
                                    "forward_bulk_size": 3, "backward_bulk_size": 5}])
def test_the_other_flags_change_no_result(flags):
    net = _dense()
    net.hybridize(**flags)
    with mx.autograd.record():
        y = net(mx.nd.ones((1, 3)) * 3)
    y.backward()
    assert y.asnumpy().tolist() == [[4.5, 4.5]] and net.weight.grad().asnumpy().tolist() == [[3.0] * 3] * 2
    assert [name for name, _ in net._flags][:3] == ["static_alloc", "static_shape", "inline_limit"]

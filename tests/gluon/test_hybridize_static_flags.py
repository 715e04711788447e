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


@pytest.mark.parametrize("flags", [{"static_alloc": "yes"}, {"static_alloc": 2}, {"static_alloc": None},
                                   {"static_alloc": " true"}, {"static_alloc": True, "static_shape": 0.5},
                                   {"inline_limit": 3.5}, {"inline_limit": None}, {"inline_limit": True},
                                   {"inline_limit": "0x10"}, {"inline_limit": 2 ** 32}, {"inline_limit": -2 ** 32},
                                   {"forward_bulk_size": "x"}, {"backward_bulk_size": "y"}])
def test_a_flag_whose_text_the_cached_op_cannot_parse_is_refused_at_the_first_call(flags):
    net = _dense()
    net.hybridize(**flags)
    with pytest.raises(mx.MXNetError, match=f"Invalid Parameter format for {list(flags)[-1]} expect"):
        net(mx.nd.ones((1, 3)))


@pytest.mark.parametrize("flags", [{"static_alloc": "TRUE"}, {"static_alloc": "0"}, {"static_alloc": 1},
                                   {"static_alloc": "False"}, {"inline_limit": " +3 "}, {"inline_limit": "03"},
                                   {"inline_limit": -1}, {"inline_limit": 2 ** 32 - 1}, {"forward_bulk_size": -1}])
def test_flags_are_read_from_their_text_as_mxnet_reads_them(flags):
    net = _dense()
    net.hybridize(**flags)
    assert net(mx.nd.ones((1, 3))).asnumpy().tolist() == [[1.5, 1.5]]


@pytest.mark.parametrize("static_alloc", ["false", "0", 0])
def test_a_false_static_alloc_in_text_still_refuses_static_shape(static_alloc):
    net = _dense()
    net.hybridize(static_alloc=static_alloc, static_shape="1")
    with pytest.raises(mx.MXNetError, match="static_alloc must be True when static_shape is True"):
        net(mx.nd.ones((1, 3)))


def test_a_negative_inline_limit_wraps_to_the_largest_and_inlines_everything():
    net = mx.gluon.nn.HybridSequential()
    net.add(*[nn.Dense(2) for _ in range(4)])
    net.initialize()
    net.hybridize(inline_limit=-1)
    net(mx.nd.ones((1, 3)))
    assert net._cached_op.inlined

"""hybridize(inline_limit=N): MXNet inlines a cached graph of at most N operators (unless static_alloc),
and shows a graph it did not inline as one _CachedOp node (MXNet 1.9.1's test_gluon.py::test_inline)."""
import json

import distnet as mx


def _dense_net(layers):
    net = mx.gluon.nn.HybridSequential()
    for _ in range(layers):
        net.add(mx.gluon.nn.Dense(10))
    net.initialize()
    return net


def _cached_op(net, x, **flags):
    net.hybridize(**flags)
    net(x)
    return net._cached_op


def test_graphs_up_to_the_limit_are_inlined():
    net, x = _dense_net(3), mx.nd.zeros((1, 10))
    assert _cached_op(net, x, inline_limit=3).inlined
    assert not _cached_op(net, x, inline_limit=2).inlined
    assert not _cached_op(net, x).inlined                       # the default limit is 2
    assert not _cached_op(net, x, inline_limit=100, static_alloc=True).inlined
    assert _cached_op(_dense_net(2), x).inlined


def test_a_graph_not_inlined_takes_one_op_number():
    net, x = _dense_net(3), mx.nd.zeros((1, 10))
    x.attach_grad()
    for limit, step in ((3, 3), (0, 1)):
        net.hybridize(inline_limit=limit)
        with mx.autograd.record():
            y = net(x)
            z = y * 2
        assert z._node[0].seq - y._node[0].seq == step      # MXNet numbers each recorded (inlined) op


def test_recorded_symbol_is_one_cached_op_node():
    net, x = _dense_net(2), mx.nd.zeros((1, 10))
    op = _cached_op(net, x, inline_limit=0)
    args = [mx.sym.var(f"v{i}") for i in range(5)]
    nodes = json.loads(op.graph_op.recorded_symbol(args, "node_0").tojson())["nodes"]
    # as MXNet lists autograd.get_symbol of a two-layer net hybridized with inline_limit=0
    assert [(n["op"], n["name"], n["inputs"]) for n in nodes[5:]] == [
        ("_CachedOp", "node_0", [[0, 0, 0], [1, 0, 0], [2, 0, 0], [3, 0, 0], [4, 0, 0]])]
    assert all("attrs" not in n for n in nodes)


class _Passing(mx.gluon.HybridBlock):
    """Passes its first input out twice around one computed output."""

    def hybrid_forward(self, F, x, y):
        return x, y + 1, x


def _passing_grad(**flags):
    net = _Passing()
    net.hybridize(**flags)
    x = mx.nd.array([1., 2.])
    x.attach_grad()
    with mx.autograd.record():
        a, b, c = net(x, x)
        z = (a * 2).sum() + (b * 3).sum() + (c * 4).sum()
    z.backward()
    return net._cached_op.inlined, x.grad.asnumpy().tolist()


def test_an_input_passed_through_a_graph_not_inlined_carries_its_gradient():
    # MXNet 1.9.1: inlined, only the computed output has a gradient path; otherwise all three do
    assert _passing_grad() == (True, [3.0, 3.0])
    assert _passing_grad(static_alloc=True) == (False, [9.0, 9.0])
    assert _passing_grad(inline_limit=0) == (False, [9.0, 9.0])


def test_the_copy_of_an_input_passed_out_again_counts_toward_the_inline_limit():
    # one add and the copy of the second x: two operators, as MXNet counts them
    assert _passing_grad(inline_limit=2)[0]
    assert not _passing_grad(inline_limit=1)[0]


class _PassingParameters(mx.gluon.HybridBlock):
    """Passes parameter ``w`` (read by no operator) and ``v`` (also read by a multiplication) straight out."""

    def __init__(self):
        super().__init__()
        self.w = self.params.get("w", shape=(2,), init=mx.init.One())
        self.v = self.params.get("v", shape=(2,), init=mx.init.One())

    def hybrid_forward(self, F, x, w, v):
        return x * v, w, v


def test_a_passed_through_parameter_carries_its_gradient_only_when_an_operator_reads_it():
    net = _PassingParameters()
    net.initialize()
    net.hybridize(static_alloc=True)
    x = mx.nd.array([1., 2.])
    x.attach_grad()
    with mx.autograd.record():
        a, b, c = net(x)
        z = (a * a).sum() + (b * b * 2).sum() + (c * c * 3).sum()
    z.backward()
    # MXNet 1.9.1: w gets none; v gets 2x^2v from the product and 6v from its own output
    assert net.w.grad().asnumpy().tolist() == [0.0, 0.0]
    assert net.v.grad().asnumpy().tolist() == [8.0, 14.0]
    assert x.grad.asnumpy().tolist() == [2.0, 4.0]

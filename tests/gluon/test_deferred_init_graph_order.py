"""A hybridized block finishes deferred initialisation when it builds its cache, in the graph's input order
(MXNet 1.9.1's _build_cache): the order decides which random numbers each parameter draws."""
import distnet as mx
from distnet.gluon import nn


class _CalledInReverse(mx.gluon.HybridBlock):
    """Registers ``a`` before ``b`` but feeds the input to ``b`` first."""

    def __init__(self):
        super().__init__()
        self.a = nn.Dense(2)
        self.b = nn.Dense(3)

    def hybrid_forward(self, F, x):
        return self.a(self.b(x))


def test_deferred_parameters_draw_in_the_order_the_graph_uses_them():
    mx.random.seed(0)
    net = _CalledInReverse()
    net.initialize()
    net.hybridize()
    net(mx.nd.ones((1, 4)))
    # MXNet 1.9.1's values: b (used first) draws before a
    assert net.a.weight.data().asnumpy().ravel()[:3].tolist() == [-0.008737791329622269, -0.028345152735710144,
                                                                  0.054848216474056244]
    assert net.b.weight.data().asnumpy().ravel()[:3].tolist() == [0.006833896040916443, 0.012998245656490326,
                                                                  0.030126504600048065]


def test_hybridized_and_imperative_first_calls_initialise_alike():
    values = []
    for hybridize in (False, True):
        mx.random.seed(3)
        net = _CalledInReverse()
        net.initialize(mx.init.Xavier())
        if hybridize:
            net.hybridize()
        net(mx.nd.ones((2, 5)))
        values.append([p.data().asnumpy().tolist() for p in net.collect_params().values()])
    assert values[0] == values[1]


def test_optimize_for_finishes_deferred_initialisation():
    net = nn.HybridSequential()
    net.add(nn.Dense(2), nn.Activation("relu"))
    net.initialize()
    net.optimize_for(mx.nd.ones((1, 3)), backend="MKLDNN")
    assert net[0].weight.shape == (2, 3)
    assert net[0].weight.data().shape == (2, 3)

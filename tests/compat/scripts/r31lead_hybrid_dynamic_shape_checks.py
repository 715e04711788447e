"""A hybridized block holding cond/while_loop/boolean_mask: checks of the nodes computed from them fail as MXNet's node-by-node run raises them; others as graph checks."""
# recorded on AVX2
import re

import mxnet as mx


def run(name, forward, static=False):
    class Net(mx.gluon.HybridBlock):
        def hybrid_forward(self, F, a, b, m):
            return forward(F, a, b, m)
    net = Net()
    net.hybridize(static_alloc=static, static_shape=static)
    try:
        out = net(mx.nd.ones((4, 3)), mx.nd.ones((3,)), mx.nd.array([1, 0, 1, 1]))
        print(name, [o.shape for o in out] if isinstance(out, (list, tuple)) else out.shape)
    except mx.base.MXNetError as e:
        print(name, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)))


def masked(F, a, m):
    return F.contrib.boolean_mask(a, m)


def chosen(F, a, m):
    return F.contrib.cond(m.sum() > 1, lambda: a, lambda: a * 2)


def counted(F, m):
    return F.contrib.while_loop(lambda i: i < 2, lambda i: ([i], [i + 1]), [m.sum()], max_iterations=3)[1][0]


run("after boolean_mask", lambda F, a, b, m: F.elemwise_add(masked(F, a, m), b))
run("beside boolean_mask", lambda F, a, b, m: (masked(F, a, m), F.elemwise_add(a, b)))
run("after cond", lambda F, a, b, m: F.elemwise_add(chosen(F, a, m), b))
run("after cond, fits", lambda F, a, b, m: F.elemwise_add(chosen(F, a, m), a))
run("dot after cond", lambda F, a, b, m: F.dot(chosen(F, a, m), b.reshape((1, 3))))
run("beside cond", lambda F, a, b, m: (chosen(F, a, m), F.elemwise_add(a, b)))
run("after foreach", lambda F, a, b, m: F.elemwise_add(F.contrib.foreach(lambda d, s: (d, s), a, [b])[0], b))
run("after while_loop, static", lambda F, a, b, m: F.elemwise_add(counted(F, m), b), static=True)
run("after boolean_mask, static", lambda F, a, b, m: F.elemwise_add(masked(F, a, m), b), static=True)

"""Gradients of values a foreach/while_loop body reads from outside, through a bound symbol and a hybridized block:
an elemwise_add that passes its output's gradient straight to such a value keeps the first step's share only."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, gluon
sym, nd = mx.sym, mx.nd

d, s, f = sym.var("d"), sym.var("s"), sym.var("f")
FOREACH = {
    "out d+f": lambda d, st: (d + f, [st[0] * 1]),
    "out f+d": lambda d, st: (f + d, [st[0] * 1]),
    "out d*f": lambda d, st: (d * f, [st[0] * 1]),
    "out f*2+d": lambda d, st: (f * 2 + d, [st[0] * 1]),
    "out d+f+f": lambda d, st: (d + f + f, [st[0] * 1]),
    "out (f+d)+s": lambda d, st: ((f + d) + st[0], [st[0] * 1]),
    "state s+f": lambda d, st: (d * 1, [st[0] + f]),
    "state f+s": lambda d, st: (d * 1, [f + st[0]]),
    "state s+d": lambda d, st: (d * 1, [st[0] + d]),
    "out d+s": lambda d, st: (d + st[0], [st[0] * 2]),
    "out broadcast": lambda d, st: (sym.broadcast_add(d, f), [st[0] * 1]),
    "out elemwise_add f,d": lambda d, st: (sym.elemwise_add(f, d), [st[0] * 1]),
    "out add_n": lambda d, st: (sym.add_n(d, f, d), [st[0] * 1]),
    "out relu+f": lambda d, st: (sym.relu(d) + f, [st[0] * 1]),
    "out (d+f)*2": lambda d, st: ((d + f) * 2, [st[0] * 1]),
    "out f": lambda d, st: (f, [st[0] * d]),
    "out f+1": lambda d, st: (f + 1 + d * 0, [st[0] * 1]),
    "out relu+f, state f+s": lambda d, st: (sym.relu(d) + f, [f + st[0]]),
}
args = {"d": nd.array([[1.], [2.], [3.]]), "s": nd.array([0.5]), "f": nd.array([2.])}
for label, body in FOREACH.items():
    out, st = sym.contrib.foreach(body, d, [s])
    grads = {k: nd.zeros(v.shape) for k, v in args.items()}
    exe = sym.Group([out] + st).bind(mx.cpu(), args, args_grad=grads)
    exe.forward(is_train=True)
    exe.backward([nd.array([[1.], [10.], [100.]]), nd.array([1000.])])
    print("foreach", label, {k: v.asnumpy().tolist() for k, v in sorted(grads.items())})

i = sym.var("i")
WHILE = {
    "out v+f": lambda i, v: (v + f, [i + 1, v * 1]),
    "out f+v": lambda i, v: (f + v, [i + 1, v * 1]),
    "out v*f": lambda i, v: (v * f, [i + 1, v * 1]),
    "new v+f": lambda i, v: (v * 1, [i + 1, v + f]),
    "new f+v": lambda i, v: (v * 1, [i + 1, f + v]),
    "new relu(v)+f": lambda i, v: (v * 1, [i + 1, sym.relu(v) + f]),
}
for label, func in WHILE.items():
    out, st = sym.contrib.while_loop(lambda i, v: i < 3, func, [i, s], max_iterations=3)
    values = {"i": nd.zeros((1,)), "s": nd.array([0.5]), "f": nd.array([2.])}
    grads = {k: nd.zeros(v.shape) for k, v in values.items()}
    exe = sym.Group([out] + st).bind(mx.cpu(), values, args_grad=grads)
    exe.forward(is_train=True)
    exe.backward([nd.array([[1.], [10.], [100.]]), nd.array([0.]), nd.array([1000.])])
    print("while_loop", label, {k: v.asnumpy().tolist() for k, v in sorted(grads.items())})


class Loop(gluon.HybridBlock):
    def __init__(self, kind, **kwargs):
        super().__init__(**kwargs)
        self.kind = kind

    def hybrid_forward(self, F, x, s):
        if self.kind == "while out v+x":
            return F.contrib.while_loop(lambda i, v: i < 2, lambda i, v: (v + x, [i + 1, v * 2]),
                                        [F.zeros((1,)), s], max_iterations=3)[0]
        if self.kind == "while new v+x":
            return F.contrib.while_loop(lambda i, v: i < 2, lambda i, v: (v * x, [i + 1, v + x]),
                                        [F.zeros((1,)), s], max_iterations=3)[1][1]
        if self.kind == "foreach out relu+x":
            return F.contrib.foreach(lambda d, st: (F.relu(d) + x, [st[0] * 2]), F.stack(x, x, x), [s])[0]
        return F.contrib.foreach(lambda d, st: (d * st[0], [st[0] + d]), F.stack(x, x), [s])[1][0]


for kind in ("while out v+x", "while new v+x", "foreach out relu+x", "foreach state s+d"):
    for hybrid in (False, True):
        net = Loop(kind)
        if hybrid:
            net.hybridize()
        x, s0 = nd.array([1., 2.]), nd.array([3., -1.])
        x.attach_grad()
        s0.attach_grad()
        with autograd.record():
            y = net(x, s0)
        y.backward()
        print(kind, "hybridized" if hybrid else "imperative", x.grad.asnumpy().tolist(), s0.grad.asnumpy().tolist())

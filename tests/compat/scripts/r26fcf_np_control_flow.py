"""Control flow on mx.np arrays and symbols: nd.contrib reads legacy arrays only, sym.contrib refuses np symbols as
MXNet's legacy operators do, in a hybridized block too."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd
from _words import words
np_, nd = mx.np, mx.nd


def tr(label, f):
    try:
        print(label, "->", f())
    except Exception as e:      # noqa: BLE001  (the class and words are what is compared)
        print(label, "!!", words(e))


x = np_.array([[1., 2.], [3., 4.]])
s = np_.array([0.5, -1.])
CALLS = [
    ("foreach", lambda: nd.contrib.foreach(lambda d, st: (d * 2, st + d), x, s)),
    ("foreach list", lambda: nd.contrib.foreach(lambda d, st: (d * 2, [st[0] + d]), x, [s])),
    ("foreach no output", lambda: nd.contrib.foreach(lambda d, st: ([], [st[0] + d]), x, [s])),
    ("while_loop", lambda: nd.contrib.while_loop(lambda i: i < 2, lambda i: (i * 2, i + 1), np_.array([0.]),
                                                 max_iterations=3)),
    ("cond", lambda: nd.contrib.cond(np_.array([1.]), lambda: s * 2, lambda: s)),
    ("cond comparison", lambda: nd.contrib.cond(s.sum() > 0, lambda: s * 2, lambda: s)),
]
for label, call in CALLS:
    tr(label, call)

d, s0 = mx.sym.var("d").as_np_ndarray(), mx.sym.var("s").as_np_ndarray()
SYMBOLS = [
    ("sym foreach", lambda: mx.sym.contrib.foreach(lambda x, st: (x * 2, st + x), d, s0)),
    ("sym foreach state", lambda: mx.sym.contrib.foreach(lambda x, st: (x * 2, [st[0] + x]), mx.sym.var("e"), [s0])),
    ("sym while_loop", lambda: mx.sym.contrib.while_loop(lambda i: i < 3, lambda i: (i * 2, i + 1), d,
                                                         max_iterations=3)),
    ("sym while_loop list", lambda: mx.sym.contrib.while_loop(lambda i: i < 3, lambda i: (i * 2, [i + 1]), [d],
                                                              max_iterations=3)),
    ("sym cond pred", lambda: mx.sym.contrib.cond(d, lambda: mx.sym.var("a") * 2, lambda: mx.sym.var("b"))),
    ("sym cond branch", lambda: mx.sym.contrib.cond(mx.sym.var("p"), lambda: s0 * 2, lambda: s0)),
]
for label, build in SYMBOLS:
    tr(label, lambda: [o.name for o in build() if isinstance(o, mx.sym.Symbol)])


class Net(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x, s):
        return F.contrib.foreach(lambda d, st: (d * 2, st + d), x, s)


mx.npx.set_np()
x.attach_grad()
for hybrid in (False, True):
    net = Net()
    if hybrid:
        net.hybridize()
    tr(f"block hybridized={hybrid}", lambda: net(x, s))
with autograd.record():
    tr("recorded while_loop", lambda: nd.contrib.while_loop(lambda i: i < 2, lambda i: (i * 2, i + 1),
                                                             np_.array(0.), max_iterations=3))

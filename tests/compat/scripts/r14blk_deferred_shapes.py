"""A custom HybridBlock whose parameter shapes inference cannot decide: MXNet's ValueError naming the graph's
arguments, an unused parameter looked up by infer_shape, unknown graph inputs, hybridize flag checks."""
import mxnet as mx
from mxnet import gluon, nd, npx
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().tolist() if isinstance(r, nd.NDArray) else r)
    except Exception as e:
        print(label, "->", words(e))


class Open(gluon.HybridBlock):
    def __init__(self, shape=(0,), unused=False, elementwise=False, **kwargs):
        super().__init__(**kwargs)
        self.elementwise = elementwise
        with self.name_scope():
            self.w = self.params.get("w", shape=shape, allow_deferred_init=True)
            self.v = self.params.get("v", shape=(0, 3), allow_deferred_init=True) if unused else None

    def hybrid_forward(self, F, x, w, v=None):
        return x + w if self.elementwise else F.broadcast_add(x, w)


for hybridize in [False, True]:
    net = Open()
    net.initialize()
    if hybridize:
        net.hybridize()
    attempt(f"call hybridize={hybridize}", lambda: net(nd.ones(2)))
    attempt("  infer_shape", lambda: net.infer_shape(nd.ones((2, 2))))
    print("  shape", net.w.shape)
    full = str(Exception())
    try:
        net(nd.ones(2))
    except ValueError as e:
        full = str(e)
    print("  lines", full.split("\n"))

net = Open(unused=True, elementwise=True)
attempt("unused parameter", lambda: net.infer_shape(nd.ones(4)))
print("  shapes", net.w.shape, net.v.shape)
net.initialize()
attempt("unused parameter, call", lambda: net(nd.ones(4)))

net = Open(elementwise=True)
net.initialize(init="ones")
attempt("decided", lambda: net(nd.array([1, 2, 3])))
print("  shape", net.w.shape)

npx.set_np()
net = Open(shape=(-1,), elementwise=True)
net.initialize()
try:
    net(mx.np.ones(2))
except ValueError as e:
    print("np shape:", str(e).split("\n"))
npx.reset_np()


class Free(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.w = gluon.Parameter("free_w", shape=(1,))

    def hybrid_forward(self, F, x, w):
        return x + w


net = Free()
net.initialize(init="ones")
attempt("unregistered parameter", lambda: net(nd.ones(2)))
net.hybridize()
attempt("unregistered parameter, hybridized", lambda: net(nd.ones(2)))

dense = gluon.nn.Dense(2, in_units=2)
dense.initialize(init="ones")
dense.hybridize(static_shape=True)
attempt("static_shape alone", lambda: dense(nd.ones((1, 2))))
dense.hybridize(static_shape=True, static_alloc=True)
attempt("static_shape with static_alloc", lambda: dense(nd.ones((1, 2))))
attempt("Orthogonal, bad rand_type",
        lambda: mx.init.Orthogonal(rand_type="bad")(mx.init.InitDesc("w_weight"), nd.zeros((2, 2))))

"""Kernels the engine skips (their input carries an error) and shape inference log nothing: a float16 Dense fails on
CPU, the softmax after it (imperative, in the same hybridized graph, in a hybridized loss) gives no float16 advice,
nor does one after it in the same graph on another branch (the graph runs as one bulk); one before it in the graph
runs and gives it, once."""
# recorded on AVX2
import mxnet as mx
from mxnet import gluon, nd

from _stderr import stderr_of


class Scored(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.dense = gluon.nn.Dense(3)

    def hybrid_forward(self, F, x):
        return F.log_softmax(self.dense(x))


class Branches(gluon.HybridBlock):
    """A float16 Dense and a softmax of the input, in the graph order ``softmax_first`` says."""

    def __init__(self, softmax_first, **kw):
        super().__init__(**kw)
        self.softmax_first = softmax_first
        with self.name_scope():
            self.dense = gluon.nn.Dense(3, in_units=4)

    def hybrid_forward(self, F, x):
        if self.softmax_first:
            return F.softmax(x), self.dense(x)
        return self.dense(x), F.softmax(x)


def logged(name, call):
    """``call``'s loss (or the error reading it raises), then the lines written on stderr meanwhile."""
    def run():
        out = call()
        print(name, out.shape, out.dtype)
        return out.asnumpy().tolist()
    res, lines = stderr_of(run)
    shown = f"{type(res).__name__}: {str(res).splitlines()[-1]}" if isinstance(res, Exception) else res
    print("  ", shown)
    print("   logged", [line for line in lines if line.strip()])


x = nd.array([[0, 1, 2, 3], [4, 5, 6, 7]], dtype="float16")
y = nd.array([0, 2], dtype="float16")
loss = gluon.loss.SoftmaxCrossEntropyLoss()
for hybrid_net, hybrid_loss in [(False, False), (True, False), (True, True)]:
    mx.random.seed(1)
    net = Scored()
    net.initialize()
    net.cast("float16")
    if hybrid_net:
        net.hybridize()
    if hybrid_loss:
        loss.hybridize()
    logged(f"net hybridized={hybrid_net} loss hybridized={hybrid_loss}", lambda: loss(net(x), y))
sym = mx.sym.log_softmax(mx.sym.var("data", dtype="float16"))
logged("symbol shapes", lambda: nd.array(sym.infer_shape(data=(2, 3))[1][0]))
for softmax_first in (False, True):
    branches = Branches(softmax_first)
    branches.initialize()
    branches.cast("float16")
    branches.hybridize()
    logged(f"graph with softmax first={softmax_first}", lambda: branches(x)[0 if softmax_first else 1])
logged("again", lambda: nd.log_softmax(x))

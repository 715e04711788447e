"""What a hybridized graph's kind decides under npx.set_np(): legacy-symbol outputs stay legacy arrays (refused by
Block's output check), a graph with no input fails to build its gradient, and F.np.resize / unravel_index /
empty_like run as Custom nodes; the repr of a group of np symbols."""
import contextlib
import io
import warnings
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import nn
from _words import words

warnings.simplefilter("ignore")


class Fn(nn.HybridBlock):
    def __init__(self, fn, **kwargs):
        super().__init__(**kwargs)
        self.fn = fn

    def hybrid_forward(self, F, x):
        return self.fn(F, x)


def call(label, fn, x, hybridize, record=False):
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):       # a callback's traceback names source files: not compared
        try:
            block = Fn(fn)
            block.initialize()
            if hybridize:
                block.hybridize()
            if record:
                x.attach_grad()
                with mx.autograd.record():
                    y = block(x)
                y.backward()
                result = (type(y).__name__, y.tolist(), x.grad.tolist())
            else:
                y = block(x)
                y = y if isinstance(y, (list, tuple)) else [y]
                result = [(type(o).__name__, str(o.dtype), o.shape, o.asnumpy().tolist()) for o in y]
        except Exception as e:
            result = words(e)
        mx.nd.waitall()
    lines = printed.getvalue().splitlines()
    print(label, "hybridized" if hybridize else "imperative", "->", result)
    if lines:
        print("  printed:", [line for line in lines if line.split(":")[0].endswith("Error")])


cases = [("legacy output", lambda F, x: x.as_nd_ndarray(), lambda: np.ones((2,))),
         ("legacy output of an np op", lambda F, x: F.np.sin(x).as_nd_ndarray() * 2, lambda: np.ones((2,))),
         ("no input", lambda F, x: F.np.zeros((2, 3), dtype="int32"), lambda: np.ones((2,))),
         ("no input ones", lambda F, x: F.np.ones((2,)), lambda: np.ones((2,))),
         ("resize", lambda F, x: F.np.resize(x, (3, 3)), lambda: np.arange(6.).reshape(2, 3)),
         ("resize int", lambda F, x: F.np.resize(x, 4) + 1, lambda: np.array([1, 2], dtype="int32")),
         ("unravel_index", lambda F, x: F.np.unravel_index(x, (2, 3)), lambda: np.array([0, 4, 5], dtype="int64")),
         ("empty_like int32", lambda F, x: F.np.empty_like(x, dtype="int32") * 0, lambda: np.ones((2,))),
         ("empty_like shape", lambda F, x: F.np.empty_like(x).shape if F is mx.ndarray else x, lambda: np.ones((2,)))]

npx.set_np()
for label, fn, make in cases:
    for hybridize in (False, True):
        call(label, fn, make(), hybridize)
for label, fn in [("resize grad", lambda F, x: F.np.resize(x, (3,)) * 2),
                  ("empty_like grad", lambda F, x: F.np.empty_like(x) * 0 + x)]:
    for hybridize in (False, True):
        call(label, fn, np.array([1., 4.]), hybridize, record=True)
npx.reset_np()
for hybridize in (False, True):
    call("legacy no input", lambda F, x: F.zeros((2, 3)), mx.nd.ones((2,)), hybridize)

x = mx.sym.var("x").as_np_ndarray()
print(repr(mx.sym.Group([mx.sym.var("x"), mx.sym.var("y")]).as_np_ndarray()))
print(repr(mx.sym.Group([mx.sym.np.sin(x), mx.sym.np.cos(x)])))
print(repr(mx.sym.np.split(x, 2)))

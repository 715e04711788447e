"""Contrib recurrent cells and layers under npx.set_np(): MXNet computes them with legacy operators."""
import mxnet as mx
from mxnet import gluon
from mxnet.gluon.contrib import nn as cnn, rnn as crnn


def attempt(label, fn):
    try:
        out = fn()
        print(label, "->", type(out).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).splitlines()[0][:160])


conv = crnn.Conv1DLSTMCell((2, 5), 3, 3, 3)
conv.initialize(mx.init.Constant(0.1))
lstmp = crnn.LSTMPCell(3, 2, input_size=2)
lstmp.initialize(mx.init.Constant(0.1))
mx.npx.set_np()
try:
    attempt("conv cell, np input", lambda: conv(mx.np.ones((1, 2, 5)), conv.begin_state(1)))
    attempt("conv cell, legacy input", lambda: conv(mx.nd.ones((1, 2, 5)), [mx.nd.zeros((1, 3, 3))] * 2))
    attempt("conv cell unroll", lambda: conv.unroll(2, mx.np.ones((1, 2, 2, 5)), merge_outputs=True))
    attempt("lstmp cell, np input", lambda: lstmp(mx.np.ones((1, 2)), lstmp.begin_state(1)))
    for kwargs in ({"drop_inputs": 0.2}, {}, {"drop_outputs": 0.2}, {"drop_states": 0.2}):
        cell = crnn.VariationalDropoutCell(gluon.rnn.LSTMCell(3), **kwargs)
        cell.initialize()
        attempt("vardrop %s" % sorted(kwargs), lambda: cell.unroll(2, mx.np.ones((1, 2, 2)), merge_outputs=True))
    for make in (cnn.Identity, lambda: cnn.PixelShuffle1D(2), lambda: cnn.PixelShuffle2D(2)):
        for kind in ("legacy", "np"):
            layer = make()
            layer.hybridize()
            x = mx.nd.ones((1, 4, 2, 2)[:3 if isinstance(layer, cnn.PixelShuffle1D) else 4])
            x = x if kind == "legacy" else x.as_np_ndarray()
            attempt("hybridized %s, %s input" % (type(layer).__name__, kind), lambda: layer(x))
    inside = crnn.Conv1DRNNCell((2, 5), 3, 3, 3)
    inside.initialize()
    attempt("conv cell made under set_np, legacy input", lambda: inside(mx.nd.ones((1, 2, 5)), [mx.nd.zeros((1, 3, 3))]))
finally:
    mx.npx.reset_np()

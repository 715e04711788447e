"""Under npx.set_np() deformable convolution layers run legacy operators that refuse mx.np arrays, and RNN layers refuse legacy NDArrays at np.swapaxes (NTC) or npx.rnn (inputs, states, lengths), as MXNet does."""
import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.gluon import contrib, rnn


def show(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, r.shape)
    except Exception as e:
        print(label, type(e).__name__, str(e).split("\n")[0][:170])


mx.npx.set_np()
mx.random.seed(5)
x = np.random.RandomState(5).randn(1, 3, 4, 4).astype("float32")
for cls in [contrib.cnn.DeformableConvolution, contrib.cnn.ModulatedDeformableConvolution]:
    for hybridize in [False, True]:
        layer = cls(2, 3, padding=2)
        layer.initialize()
        if hybridize:
            layer.hybridize()
        show("%s %s mx.np" % (cls.__name__, hybridize), lambda: layer(mx.np.array(x)))
        show("%s %s legacy" % (cls.__name__, hybridize), lambda: layer(nd.array(x)))
        print(" ", [p.shape for p in layer.collect_params().values()])

seq = np.random.RandomState(6).randn(3, 2, 4).astype("float32")
for make in [lambda: rnn.LSTM(3), lambda: rnn.GRU(3, layout="NTC"), lambda: rnn.LSTM(3, use_sequence_length=True)]:
    for hybridize in [False, True]:
        layer = make()
        layer.initialize()
        if hybridize:
            layer.hybridize()
        name = "%s %s" % (layer, hybridize)
        states = layer.begin_state(2 if layer._layout == "TNC" else 3)
        lengths = {"sequence_length": mx.np.array([1, 3])} if layer._use_sequence_length else {}
        show(name + " legacy input", lambda: layer(nd.array(seq), **lengths))
        show(name + " mx.np", lambda: layer(mx.np.array(seq), states, **lengths)[0])
        show(name + " legacy states", lambda: layer(mx.np.array(seq), [s.as_nd_ndarray() for s in states], **lengths))
        if lengths:
            show(name + " legacy lengths", lambda: layer(mx.np.array(seq), states, sequence_length=nd.array([1, 3])))

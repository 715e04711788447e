"""Gluon RNN layers under npx.set_np(): mx.np begin states and outputs, imperative and hybridized."""
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, np, npx
from mxnet.gluon import rnn
npx.set_np()
mx.random.seed(2)
lstm = rnn.LSTM(3, input_size=2); lstm.initialize()
st = lstm.begin_state(batch_size=2)
print([type(s).__name__ for s in st], [s.shape for s in st])
x = np.array(onp.random.RandomState(1).uniform(-1, 1, (4, 2, 2)), dtype='float32')
out, new = lstm(x, st)
print(type(out).__name__, [type(s).__name__ for s in new], onp.round(out.asnumpy()[-1], 5).tolist())
lstm.hybridize()
out2 = lstm(x, st)[0]
print(type(out2).__name__, onp.allclose(out2.asnumpy(), out.asnumpy()))

"""Slicing arrays of more than five dimensions, as a 3-D convolutional RNN's (N, T, C, D, H, W) input is:
slice and indexing that is not one contiguous block refuse at the call, slice_axis and whole blocks work."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd
from mxnet.gluon.contrib import rnn as crnn
from _words import words

x6 = nd.array(np.arange(2 * 2 * 1 * 2 * 2 * 1).reshape(2, 2, 1, 2, 2, 1))
x7 = nd.ones((2,) * 7)
CASES = ["x6[0]", "x6[0, 1]", "x6[:, 0]", "x6[:, 1:2]", "x6[..., 0]", "x6[1:2]", "x6[:, :, 0]", "x6[::2]",
         "x7[0]", "x7[:, 0]", "x7[..., ::2]", "nd.slice(x6, begin=(0,), end=(1,))",
         "nd.slice(x6, begin=(0, 0), end=(1, 1))", "nd.slice_axis(x6, axis=1, begin=0, end=1)",
         "nd.split(x6, 2, axis=1, squeeze_axis=True)[0]",
         "nd._internal._slice_assign(x6, nd.ones((1, 2, 1, 2, 2, 1)), begin=(0,), end=(1,))"]
for text in CASES:
    try:
        y = eval(text)
        print(text, '->', y.shape, y.asnumpy().ravel().tolist()[:6])
    except mx.base.MXNetError as e:
        print(text, '->', words(e))

cell = crnn.Conv3DLSTMCell(input_shape=(1, 2, 2, 1), hidden_channels=2, i2h_kernel=1, h2h_kernel=1)
cell.initialize(mx.init.Constant(0.1))
for text in ["cell.unroll(2, x6, merge_outputs=True)[0]", "cell(x6[:, 0], cell.begin_state(2))[0]",
             "cell(nd.split(x6, 2, axis=1, squeeze_axis=True)[0], cell.begin_state(2))[0]"]:
    try:
        y = eval(text)
        print(text, '->', y.shape, y.asnumpy().ravel().round(5).tolist()[:4])
    except mx.base.MXNetError as e:
        print(text, '->', words(e))

"""Convolutional recurrent cells check each convolution setting's length (int or one per axis), then odd h2h kernels."""
import mxnet as mx

rnn = mx.gluon.contrib.rnn
cases = [(rnn.Conv2DGRUCell, dict(i2h_kernel=(3, 3, 3))), (rnn.Conv2DGRUCell, dict(i2h_pad=(1,))),
         (rnn.Conv2DLSTMCell, dict(h2h_dilate=(1, 1, 1))), (rnn.Conv2DRNNCell, dict(i2h_dilate=[1])),
         (rnn.Conv2DRNNCell, dict(h2h_kernel=(2, 2))), (rnn.Conv2DRNNCell, dict(h2h_kernel=(2, 2, 2))),
         (rnn.Conv2DRNNCell, dict(h2h_kernel=2)), (rnn.Conv3DGRUCell, dict(i2h_pad=(1, 1))),
         (rnn.Conv3DGRUCell, dict(i2h_pad=(1, 0, 1))), (rnn.Conv1DLSTMCell, dict(i2h_kernel=[3])),
         (rnn.Conv1DLSTMCell, dict(i2h_kernel=3.0)), (rnn.Conv1DLSTMCell, dict(h2h_dilate=(2,))),
         (rnn.Conv1DGRUCell, dict(h2h_kernel=[3])), (rnn.Conv1DGRUCell, dict(i2h_pad=[1], h2h_dilate=[1])),
         (rnn.Conv1DGRUCell, dict(input_shape=(5, 2), i2h_kernel=[3], conv_layout="NWC"))]
for cls, kwargs in cases:
    dims = int(cls.__name__[4])
    args = dict(input_shape=(2,) + (5,) * dims, hidden_channels=3, i2h_kernel=3, h2h_kernel=3)
    args.update(kwargs)
    try:
        cell = cls(**args)
        print(cls.__name__, kwargs, cell, cell.state_info(1))
    except (AssertionError, TypeError) as e:
        print(cls.__name__, kwargs, type(e).__name__, e)

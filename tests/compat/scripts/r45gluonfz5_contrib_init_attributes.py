"""Convolutional RNN cells keep their layout's channel axis, input channels and unit stride, and the deformable convolutions their op name, as attributes as MXNet's do."""
import mxnet as mx
from mxnet.gluon import contrib

for c in [contrib.rnn.Conv2DLSTMCell((2, 4, 5), 2, 3, 3), contrib.rnn.Conv1DGRUCell((3, 4), 2, 3, 3),
          contrib.rnn.Conv3DRNNCell((2, 3, 4, 5), 2, 3, 3), contrib.rnn.Conv2DGRUCell((4, 5, 2), 2, 3, 3, conv_layout='NHWC'),
          contrib.rnn.Conv1DLSTMCell((4, 3), 2, 3, 3, conv_layout='NWC')]:
    print(type(c).__name__, c._channel_axis, c._in_channels, c._stride)
for d in [contrib.cnn.DeformableConvolution(2, 3), contrib.cnn.ModulatedDeformableConvolution(2, 3),
          contrib.cnn.DeformableConvolution(2, 3, op_name='X')]:
    print(type(d).__name__, d._op_name)

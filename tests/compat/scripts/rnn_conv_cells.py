# gluon.contrib.rnn convolutional cells: reprs (channel-last layouts too), state_info, unrolled outputs and input
# gradients per activation, dilation and padding; refused kernels and layouts fail as in MXNet.
import mxnet as mx, numpy as np
from mxnet import nd, autograd
from mxnet.gluon.contrib import rnn as crnn
from mxnet.gluon import nn
np.set_printoptions(precision=5)
cases = [
    ('Conv1DRNNCell', dict(input_shape=(2, 7), hidden_channels=2, i2h_kernel=3, h2h_kernel=3, activation='relu')),
    ('Conv2DGRUCell', dict(input_shape=(1, 5, 5), hidden_channels=2, i2h_kernel=(3, 3), h2h_kernel=(1, 1), i2h_dilate=(2, 2), i2h_pad=(2, 2))),
    ('Conv2DLSTMCell', dict(input_shape=(1, 5, 4), hidden_channels=2, i2h_kernel=(3, 3), h2h_kernel=(3, 3), h2h_dilate=(2, 2), activation=nn.LeakyReLU(0.1))),
    ('Conv3DLSTMCell', dict(input_shape=(1, 3, 3, 3), hidden_channels=1, i2h_kernel=(1, 1, 1), h2h_kernel=(3, 3, 3), activation='sigmoid')),
    ('Conv2DRNNCell', dict(input_shape=(1, 5, 5), hidden_channels=2, i2h_kernel=(3, 3), h2h_kernel=(2, 2))),
    ('Conv2DRNNCell', dict(input_shape=(1, 5, 5), hidden_channels=2, i2h_kernel=(3, 3), h2h_kernel=(3, 3), conv_layout='NHWC')),
    ('Conv1DGRUCell', dict(input_shape=(2, 7), hidden_channels=2, i2h_kernel=3, h2h_kernel=3, i2h_pad=1)),
]
for name, kw in cases:
    try:
        mx.random.seed(1)
        cell = getattr(crnn, name)(**kw)
        print(name, repr(cell))
        cell.initialize(mx.init.Uniform(0.3))
        shp = kw['input_shape']
        x = nd.array(np.random.RandomState(0).uniform(-1, 1, (2, 3) + tuple(shp)))
        print(cell.state_info(2))
        x.attach_grad()
        with autograd.record():
            o, s = cell.unroll(3, x, layout='NTC', merge_outputs=True)
        o.backward()
        print(o.shape, np.round(o.asnumpy().sum(), 4), [st.shape for st in s], np.round(x.grad.asnumpy().sum(), 4))
        print(sorted((k, v.shape) for k, v in cell.collect_params().items()))
    except Exception as e:
        print(name, 'ERR', type(e).__name__)

cell = crnn.Conv2DLSTMCell((1, 5, 4), 2, (3, 3), (3, 3), conv_layout='NHWC')
print(cell, cell.i2h_weight.shape, cell.h2h_weight.shape, cell.state_info(2))
cell = crnn.Conv1DGRUCell((5, 4), 2, 3, 3, conv_layout='NWC')
print(cell, cell.i2h_weight.shape, cell.h2h_weight.shape, cell.state_info(2))

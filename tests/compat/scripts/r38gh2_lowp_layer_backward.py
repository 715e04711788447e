"""Gluon layers on int32/uint8/float16 data (CPU) backpropagated from their own output: which gradient read raises which kernel error, what the other gradients then hold, and what waitall still raises."""
import warnings
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn, rnn

warnings.simplefilter('ignore')


def show(tag, f):
    try:
        r = f()
        print(tag, 'OK', r)
    except Exception as e:
        print(tag, type(e).__name__, str(e).replace('\n', ' | '))


# (a float16 Dropout's backward crashes MXNet's CPU build: left out)
layers = [('pool', lambda: nn.MaxPool2D(), (1, 1, 4, 4)), ('avgpool', lambda: nn.AvgPool2D(), (1, 1, 4, 4)),
          ('gpool', lambda: nn.GlobalMaxPool1D(), (1, 2, 4)), ('act', lambda: nn.Activation('sigmoid'), (2, 3)),
          ('relu', lambda: nn.Activation('relu'), (2, 3)), ('lrelu', lambda: nn.LeakyReLU(0.1), (2, 3)),
          ('bn', lambda: nn.BatchNorm(in_channels=2), (2, 2, 3)), ('ln', lambda: nn.LayerNorm(in_channels=3), (2, 3)),
          ('in', lambda: nn.InstanceNorm(in_channels=2), (2, 2, 3)), ('emb', lambda: nn.Embedding(5, 3), (2, 3)),
          ('flat', lambda: nn.Flatten(), (2, 3, 2)),
          ('lstm', lambda: rnn.LSTM(3, input_size=2), (2, 1, 2)), ('rnncell', lambda: rnn.RNNCell(3, input_size=2), (1, 2)),
          ('prelu', lambda: nn.PReLU(), (2, 3)), ('selu', lambda: nn.SELU(), (2, 3)), ('gelu', lambda: nn.GELU(), (2, 3)),
          ('upsample', lambda: nn.HybridLambda(lambda F, x: F.UpSampling(x, scale=2, sample_type='nearest')), (1, 1, 2, 2)),
          ('softmax', lambda: nn.HybridLambda(lambda F, x: F.softmax(x)), (2, 3)),
          ('logsoftmax', lambda: nn.HybridLambda(lambda F, x: F.log_softmax(x)), (2, 3)),
          ]
for dt in ['int32', 'uint8', 'float16']:
    for name, mk, shape in layers:
        net = mk()
        net.initialize(mx.init.One())
        net.cast(dt)
        x = nd.ones(shape, dtype=dt)
        x.attach_grad()

        def bw():
            with autograd.record():
                y = net(x)
                if name == 'rnncell':
                    y = y[0]
            y.backward()

        show((dt, name, 'bwd'), bw)
        show((dt, name, 'x.grad'), lambda: x.grad.asnumpy().ravel()[:3].tolist())
        ps = [p for p in net.collect_params().values() if p.grad_req != 'null']
        if ps:
            show((dt, name, 'param.grad'), lambda: ps[0].grad().asnumpy().ravel()[:3].tolist())
        show((dt, name, 'wait'), lambda: nd.waitall())

# rrelu shows its mask as a second output, for integer data too (whose kernel fails)
for dt in ['int32', 'uint8', 'float32']:
    x = nd.ones((2, 3), dtype=dt)
    y = nd.LeakyReLU(x, act_type='rrelu')
    show((dt, 'rrelu outputs'), lambda: [(type(a).__name__, a.shape, str(a.dtype)) for a in y])
    show((dt, 'rrelu out'), lambda: y[0].asnumpy().tolist())
    show((dt, 'rrelu waitall'), lambda: nd.waitall())

# contrib.ROIAlign on integer data: its backward kernel refuses at its own line (the forward's error for waitall)
for dt in ['int32', 'uint8']:
    x = nd.ones((1, 2, 2, 2), dtype=dt)
    x.attach_grad()
    with autograd.record():
        y = nd.contrib.ROIAlign(x, nd.array([[0, 0, 0, 1, 1]], dtype=dt), pooled_size=(1, 1), spatial_scale=1.0)
    show((dt, 'ROIAlign backward'), lambda: y.backward())
    show((dt, 'ROIAlign x.grad'), lambda: x.grad.asnumpy().ravel()[:3].tolist())
    show((dt, 'ROIAlign waitall'), lambda: nd.waitall())

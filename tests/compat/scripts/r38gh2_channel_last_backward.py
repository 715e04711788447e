"""Channel-last Gluon convolution/pooling layers on the CPU, float32/float64: a refused forward and its backward kernel's own refusal (no gradient written), with waitall after."""
import warnings
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn

warnings.simplefilter('ignore')


def show(tag, f):
    try:
        print(tag, 'OK', f())
    except Exception as e:
        print(tag, type(e).__name__, str(e).replace('\n', ' | '))


layers = [('Conv2D NHWC', lambda: nn.Conv2D(2, 3, layout='NHWC', in_channels=2), (1, 5, 5, 2)),
          ('Conv3D NDHWC', lambda: nn.Conv3D(2, 1, layout='NDHWC', in_channels=2), (1, 2, 2, 2, 2)),
          ('Conv2D NHWC 1x1', lambda: nn.Conv2D(2, 1, layout='NHWC', in_channels=1), (1, 1, 3, 1)),
          ('Conv2DTranspose NHWC', lambda: nn.Conv2DTranspose(2, 3, layout='NHWC', in_channels=2), (1, 3, 3, 2)),
          ('MaxPool2D NHWC', lambda: nn.MaxPool2D(layout='NHWC'), (1, 4, 4, 2)),
          ('AvgPool1D NWC', lambda: nn.AvgPool1D(layout='NWC'), (1, 4, 2)),
          ('GlobalAvgPool2D NHWC', lambda: nn.GlobalAvgPool2D(layout='NHWC'), (1, 4, 4, 2)),
          ('BatchNorm axis=-1', lambda: nn.BatchNorm(axis=-1, in_channels=2), (2, 3, 2))]
for dt in ['float32', 'float64']:
    for name, make, shape in layers:
        net = make()
        net.initialize(mx.init.One())
        net.cast(dt)
        x = nd.ones(shape, dtype=dt)
        x.attach_grad()
        tag = (dt, name)
        show(tag + ('forward shape',), lambda: net(x).shape)

        def backward():
            with autograd.record():
                y = net(x)
            y.backward()

        show(tag + ('backward',), backward)
        show(tag + ('x.grad',), lambda: x.grad.asnumpy().ravel()[:3].tolist())
        params = [p for p in net.collect_params().values() if p.grad_req != 'null']
        if params:
            show(tag + ('param.grad',), lambda: params[0].grad().asnumpy().ravel()[:3].tolist())
        show(tag + ('waitall',), lambda: nd.waitall())
        with autograd.record():
            y = net(x)
            loss = (y * y).sum()
        show(tag + ('loss backward',), lambda: loss.backward())
        show(tag + ('loss x.grad',), lambda: x.grad.asnumpy().ravel()[:3].tolist())
        show(tag + ('loss waitall',), lambda: nd.waitall())

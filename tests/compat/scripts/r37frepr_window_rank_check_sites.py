"""A stride/dilate/pad/adj whose length differs from the kernel's fails at its own operator's check line, from NDArray calls, symbols and Gluon layers."""
import mxnet as mx
from mxnet.gluon import nn


def show(label, fn):
    try:
        print(label, '|', fn())
    except Exception as e:
        print(label, '| EXC', type(e).__name__, str(e))


x = mx.nd.ones((1, 1, 5, 5))
w = mx.nd.ones((2, 1, 3, 3))
b = mx.nd.ones(2)
bad = {'stride': (1,), 'dilate': (1,), 'pad': (1, 1, 1)}
for key, value in bad.items():
    for op in ['Convolution', 'Deconvolution']:
        show(f'nd {op} {key}', lambda: getattr(mx.nd, op)(x, w, b, kernel=(3, 3), num_filter=2, **{key: value}))
        show(f'sym {op} {key}', lambda: getattr(mx.sym, op)(mx.sym.var('x'), kernel=(3, 3), num_filter=2,
                                                             **{key: value}))
    show(f'nd im2col {key}', lambda: mx.nd.im2col(x, kernel=(3, 3), **{key: value}))
    show(f'sym im2col {key}', lambda: mx.sym.im2col(mx.sym.var('x'), kernel=(3, 3), **{key: value}))
    show(f'sym col2im {key}', lambda: mx.sym.col2im(mx.sym.var('x'), output_size=(5, 5), kernel=(3, 3),
                                                    **{key: value}))
show('sym Deconvolution adj', lambda: mx.sym.Deconvolution(mx.sym.var('x'), kernel=(3, 3), num_filter=2, adj=(1,)))
gluon_bad = {'strides': (1,), 'dilation': (1,), 'padding': (1, 1, 1)}
for key, value in gluon_bad.items():
    for layer in [nn.Conv2D, nn.Conv2DTranspose]:
        show(f'gluon {layer.__name__} {key}', lambda: layer(4, 3, **{key: value}))
    show(f'gluon DeformableConvolution {key}',
         lambda: mx.gluon.contrib.cnn.DeformableConvolution(4, kernel_size=(3, 3), **{key: value}))
show('gluon Conv2DTranspose output_padding', lambda: nn.Conv2DTranspose(4, 3, output_padding=(1, 1, 1)))
show('gluon Conv3D padding', lambda: nn.Conv3D(4, 3, padding=(1, 1)))
show('gluon Conv1D padding', lambda: nn.Conv1D(4, 3, padding=(1, 1)))

"""Errors of conv/pool layer constructors given bad layouts or tuple lengths (class and message)."""
import mxnet as mx

nn = mx.gluon.nn


def show(f):
    try:
        print('OK', f())
    except Exception as e:
        last = str(e).strip().splitlines()[-1]
        print(type(e).__name__, last[len('MXNetError: '):] if last.startswith('MXNetError: ') else last)


for cls, bad in [(nn.Conv1D, 'NCHW'), (nn.Conv2D, 'NCW'), (nn.Conv3D, 'NCW'), (nn.Conv1DTranspose, 'NWC'),
                 (nn.Conv2DTranspose, 'NCW'), (nn.Conv3DTranspose, 'NCW')]:
    show(lambda: cls(3, 3, layout=bad))
for cls, bad in [(nn.MaxPool1D, 'NCHW'), (nn.AvgPool2D, 'NCW'), (nn.MaxPool3D, 'NCW'), (nn.GlobalAvgPool1D, 'NCHW'),
                 (nn.GlobalMaxPool2D, 'NCW'), (nn.GlobalAvgPool3D, 'NCW')]:
    show(lambda: cls(layout=bad))
show(lambda: nn.Conv2D(3, (3, 3, 3)))
show(lambda: nn.MaxPool2D((2, 2, 2)))
show(lambda: nn.Conv2DTranspose(3, 3, output_padding=(1, 1, 1)))
for kw in ({'strides': (1, 1, 1)}, {'padding': (1, 1, 1)}, {'dilation': (1, 1, 1)}, {'strides': (1,)}):
    show(lambda: nn.Conv2D(3, 3, **kw))
    show(lambda: nn.Conv2DTranspose(3, 3, **kw))
    show(lambda: nn.Conv1D(3, 3, **kw))
for kw in ({'strides': (1, 1, 1)}, {'padding': (1, 1, 1)}, {'strides': (1,)}):
    show(lambda: nn.MaxPool2D(2, **kw))
show(lambda: nn.Conv2D(3, 3, strides=(2, 1), padding=(1, 0), dilation=(1, 2)))

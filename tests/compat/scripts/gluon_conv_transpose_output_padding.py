# Conv*Transpose layers refuse an output_padding not smaller than the strides when they are built
# (with and without in_channels), and run when it is smaller.
import mxnet as mx
from mxnet import gluon

for layer, kwargs in [(gluon.nn.Conv2DTranspose, dict(output_padding=1, in_channels=2)),
                      (gluon.nn.Conv2DTranspose, dict(output_padding=1)),
                      (gluon.nn.Conv2DTranspose, dict(output_padding=1, strides=2, in_channels=2)),
                      (gluon.nn.Conv2DTranspose, dict(output_padding=(0, 2), strides=2, in_channels=2)),
                      (gluon.nn.Conv1DTranspose, dict(output_padding=1, in_channels=2)),
                      (gluon.nn.Conv1DTranspose, dict(output_padding=2, strides=2)),
                      (gluon.nn.Conv1DTranspose, dict(output_padding=1, strides=2)),
                      (gluon.nn.Conv3DTranspose, dict(output_padding=(1, 0, 0), strides=(1, 2, 2)))]:
    try:
        block = layer(3, 3, **kwargs)
        print(block)
        block.initialize()
        x = mx.nd.ones((1, 2) + (4,) * (len(block._kwargs["kernel"])))
        print(block(x).shape)
    except Exception as e:
        print(layer.__name__, kwargs, type(e).__name__)

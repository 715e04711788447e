"""Transposed convolution layers built without in_channels check their groups as MXNet's weight-shape inference
does: the unknown channel count is -1 taken modulo the unsigned 32-bit group count, so only groups dividing
2**32 - 1 build (and the refusal shows that remainder)."""
# recorded on AVX2
import mxnet as mx
from _words import words
from mxnet.gluon import nn

LAYERS = [(nn.Conv1DTranspose, "NCW"), (nn.Conv1DTranspose, "NWC"), (nn.Conv2DTranspose, "NCHW"),
          (nn.Conv2DTranspose, "NHWC"), (nn.Conv3DTranspose, "NCDHW"), (nn.Conv3DTranspose, "NDHWC")]
for layer, layout in LAYERS:
    for groups in (1, 2, 3, 5, 6, 7, 9, 11, 13, 15, 17, 51, 255, 257, 641, 65537):
        try:
            built = layer(groups * 2, 1, layout=layout, groups=groups)
            shown = "built " + str(built.weight.shape)
        except (mx.base.MXNetError, AssertionError) as e:
            shown = words(e)
        print(layer.__name__, layout, groups, shown)

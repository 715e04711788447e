"""VGG 11/13/16/19 (Simonyan & Zisserman 2014), optionally with batch norm."""
import os

from .... import base
from ....context import cpu
from ....initializer import Xavier
from ...block import HybridBlock
from ... import nn
from ..model_store import _load_pretrained

__all__ = ["VGG", "vgg11", "vgg13", "vgg16", "vgg19", "vgg11_bn", "vgg13_bn", "vgg16_bn", "vgg19_bn",
           "get_vgg"]


class VGG(HybridBlock):
    """VGG: stages of 3x3 convolutions and max pooling, then three dense layers.

    Parameters
    ----------
    layers : list of int, convolutions per stage
    filters : list of int, channels per stage
    classes : int, default 1000
    batch_norm : bool, default False
    """

    def __init__(self, layers, filters, classes=1000, batch_norm=False, **kwargs):
        super().__init__(**kwargs)
        if len(layers) != len(filters):
            raise AssertionError()      # MXNet's bare assertion: one filter count per stage
        with self.name_scope():
            self.features = self._make_features(layers, filters, batch_norm)
            for _ in range(2):
                self.features.add(nn.Dense(4096, activation="relu", weight_initializer="normal",
                                           bias_initializer="zeros"), nn.Dropout(rate=0.5))
            self.output = nn.Dense(classes, weight_initializer="normal", bias_initializer="zeros")

    @staticmethod
    def _make_features(layers, filters, batch_norm):
        features = nn.HybridSequential(prefix="")
        for num, channels in zip(layers, filters):
            for _ in range(num):
                features.add(nn.Conv2D(channels, kernel_size=3, padding=1, bias_initializer="zeros",
                                       weight_initializer=Xavier(rnd_type="gaussian", factor_type="out",
                                                                 magnitude=2)))
                if batch_norm:
                    features.add(nn.BatchNorm())
                features.add(nn.Activation("relu"))
            features.add(nn.MaxPool2D(strides=2))
        return features

    def hybrid_forward(self, F, x):
        return self.output(self.features(x))


vgg_spec = {11: ([1, 1, 2, 2, 2], [64, 128, 256, 512, 512]),
            13: ([2, 2, 2, 2, 2], [64, 128, 256, 512, 512]),
            16: ([2, 2, 3, 3, 3], [64, 128, 256, 512, 512]),
            19: ([2, 2, 4, 4, 4], [64, 128, 256, 512, 512])}


def get_vgg(num_layers, pretrained=False, ctx=cpu(), root=os.path.join(base.data_dir(), "models"), **kwargs):
    """VGG of depth ``num_layers`` (11, 13, 16, 19); keywords: classes, batch_norm, pretrained, ctx, root."""
    layers, filters = vgg_spec[num_layers]
    net = VGG(layers, filters, **kwargs)
    if pretrained:
        _load_pretrained(net, f"vgg{num_layers}{'_bn' if kwargs.get('batch_norm') else ''}", ctx, root)
    return net


def _factory(depth, batch_norm):
    def make(**kwargs):
        if batch_norm:
            kwargs["batch_norm"] = True
        return get_vgg(depth, **kwargs)
    make.__name__ = make.__qualname__ = f"vgg{depth}{'_bn' if batch_norm else ''}"
    make.__doc__ = f"VGG-{depth}{' with batch norm' if batch_norm else ''} (keywords as get_vgg)."
    return make


vgg11, vgg13, vgg16, vgg19 = (_factory(d, False) for d in vgg_spec)
vgg11_bn, vgg13_bn, vgg16_bn, vgg19_bn = (_factory(d, True) for d in vgg_spec)

from ....base import public_listing as _public_listing  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _public_listing(globals(), ())

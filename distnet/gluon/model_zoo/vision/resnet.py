"""ResNet V1 and V2 (He et al. 2015, 2016) with MXNet's block structure and parameter names."""
import os

from .... import base
from ....context import cpu
from ...block import HybridBlock
from ... import nn
from ..model_store import _load_pretrained

__all__ = ["ResNetV1", "ResNetV2", "BasicBlockV1", "BasicBlockV2", "BottleneckV1", "BottleneckV2",
           "resnet18_v1", "resnet34_v1", "resnet50_v1", "resnet101_v1", "resnet152_v1",
           "resnet18_v2", "resnet34_v2", "resnet50_v2", "resnet101_v2", "resnet152_v2", "get_resnet"]


def _conv3x3(channels, stride, in_channels):
    return nn.Conv2D(channels, kernel_size=3, strides=stride, padding=1, use_bias=False, in_channels=in_channels)


def _stack(*layers):
    """An unprefixed HybridSequential of ``layers``."""
    seq = nn.HybridSequential(prefix="")
    seq.add(*layers)
    return seq


class _ResidualV1(HybridBlock):
    """Post-activation residual unit: relu(body(x) + shortcut(x))."""

    _residual_on_the_left = True        # which operand of the sum comes first in MXNet's graph

    def hybrid_forward(self, F, x):
        residual = x
        x = self.body(x)                     # body before shortcut: MXNet's graph order
        if self.downsample:
            residual = self.downsample(residual)
        total = residual + x if self._residual_on_the_left else x + residual
        return F.Activation(total, act_type="relu")


class BasicBlockV1(_ResidualV1):
    """Two 3x3 convolutions with batch norm (ResNet-18/34 V1)."""

    def __init__(self, channels, stride, downsample=False, in_channels=0, **kwargs):
        super().__init__(**kwargs)
        self.body = _stack(_conv3x3(channels, stride, in_channels), nn.BatchNorm(), nn.Activation("relu"),
                           _conv3x3(channels, 1, channels), nn.BatchNorm())
        self.downsample = _stack(nn.Conv2D(channels, kernel_size=1, strides=stride, use_bias=False,
                                           in_channels=in_channels), nn.BatchNorm()) if downsample else None


class BottleneckV1(_ResidualV1):
    """1x1 reduce, 3x3, 1x1 expand, each with batch norm (ResNet-50/101/152 V1)."""

    _residual_on_the_left = False

    def __init__(self, channels, stride, downsample=False, in_channels=0, **kwargs):
        super().__init__(**kwargs)
        mid = channels // 4
        # MXNet's first 1x1 convolution keeps its bias; parameter files depend on it.
        self.body = _stack(nn.Conv2D(mid, kernel_size=1, strides=stride), nn.BatchNorm(), nn.Activation("relu"),
                           _conv3x3(mid, 1, mid), nn.BatchNorm(), nn.Activation("relu"),
                           nn.Conv2D(channels, kernel_size=1, strides=1), nn.BatchNorm())
        self.downsample = _stack(nn.Conv2D(channels, kernel_size=1, strides=stride, use_bias=False,
                                           in_channels=in_channels), nn.BatchNorm()) if downsample else None


class _ResidualV2(HybridBlock):
    """Pre-activation residual unit: (bn, relu, conv)* + shortcut taken after the first bn/relu."""

    def _units(self):
        return [(getattr(self, f"bn{i}"), getattr(self, f"conv{i}")) for i in range(1, self._depth + 1)]

    def hybrid_forward(self, F, x):
        shortcut = x
        for i, (bn, conv) in enumerate(self._units()):
            x = F.Activation(bn(x), act_type="relu")
            if i == 0 and self.downsample:
                shortcut = self.downsample(x)
            x = conv(x)
        return x + shortcut


class BasicBlockV2(_ResidualV2):
    """Pre-activation pair of 3x3 convolutions (ResNet-18/34 V2)."""

    _depth = 2

    def __init__(self, channels, stride, downsample=False, in_channels=0, **kwargs):
        super().__init__(**kwargs)
        self.bn1 = nn.BatchNorm()
        self.conv1 = _conv3x3(channels, stride, in_channels)
        self.bn2 = nn.BatchNorm()
        self.conv2 = _conv3x3(channels, 1, channels)
        self.downsample = nn.Conv2D(channels, 1, stride, use_bias=False,
                                    in_channels=in_channels) if downsample else None


class BottleneckV2(_ResidualV2):
    """Pre-activation 1x1 / 3x3 / 1x1 bottleneck (ResNet-50/101/152 V2)."""

    _depth = 3

    def __init__(self, channels, stride, downsample=False, in_channels=0, **kwargs):
        super().__init__(**kwargs)
        mid = channels // 4
        self.bn1 = nn.BatchNorm()
        self.conv1 = nn.Conv2D(mid, kernel_size=1, strides=1, use_bias=False)
        self.bn2 = nn.BatchNorm()
        self.conv2 = _conv3x3(mid, stride, mid)
        self.bn3 = nn.BatchNorm()
        self.conv3 = nn.Conv2D(channels, kernel_size=1, strides=1, use_bias=False)
        self.downsample = nn.Conv2D(channels, 1, stride, use_bias=False,
                                    in_channels=in_channels) if downsample else None


class _ResNet(HybridBlock):
    """Stem, four stages of residual blocks, global pooling, classifier."""

    def __init__(self, block, layers, channels, classes, thumbnail, **kwargs):
        super().__init__(**kwargs)
        if len(layers) != len(channels) - 1:
            raise AssertionError()      # MXNet's bare assertion: one more channel count than stages
        with self.name_scope():
            self.features = nn.HybridSequential(prefix="")
            self._add_stem(channels[0], thumbnail)
            for i, num in enumerate(layers):
                self.features.add(self._make_layer(block, num, channels[i + 1], 1 if i == 0 else 2, i + 1,
                                                   in_channels=channels[i]))
            self._add_head()
            self.output = nn.Dense(classes, in_units=channels[-1])

    def _add_stem(self, channels, thumbnail):
        if thumbnail:
            self.features.add(_conv3x3(channels, 1, 0))
        else:
            self.features.add(nn.Conv2D(channels, 7, 2, 3, use_bias=False), nn.BatchNorm(),
                              nn.Activation("relu"), nn.MaxPool2D(3, 2, 1))

    def _make_layer(self, block, layers, channels, stride, stage_index, in_channels=0):
        stage = nn.HybridSequential(prefix=f"stage{stage_index}_")
        with stage.name_scope():
            stage.add(block(channels, stride, channels != in_channels, in_channels=in_channels, prefix=""))
            for _ in range(layers - 1):
                stage.add(block(channels, 1, False, in_channels=channels, prefix=""))
        return stage

    def hybrid_forward(self, F, x):
        return self.output(self.features(x))


class ResNetV1(_ResNet):
    """ResNet V1: post-activation residual blocks.

    Parameters
    ----------
    block : BasicBlockV1 or BottleneckV1
    layers : list of int, blocks per stage
    channels : list of int, stem channels then each stage's channels
    classes : int, default 1000
    thumbnail : bool, default False (a 3x3 stem for small images)
    """

    def __init__(self, block, layers, channels, classes=1000, thumbnail=False, **kwargs):
        super().__init__(block, layers, channels, classes, thumbnail, **kwargs)

    def _add_head(self):
        self.features.add(nn.GlobalAvgPool2D())


class ResNetV2(_ResNet):
    """ResNet V2: pre-activation residual blocks (arguments as ResNetV1)."""

    def __init__(self, block, layers, channels, classes=1000, thumbnail=False, **kwargs):
        super().__init__(block, layers, channels, classes, thumbnail, **kwargs)

    def _add_stem(self, channels, thumbnail):
        self.features.add(nn.BatchNorm(scale=False, center=False))
        super()._add_stem(channels, thumbnail)

    def _add_head(self):
        self.features.add(nn.BatchNorm(), nn.Activation("relu"), nn.GlobalAvgPool2D(), nn.Flatten())


# depth -> (block kind, blocks per stage, channels)
resnet_spec = {18: ("basic_block", [2, 2, 2, 2], [64, 64, 128, 256, 512]),
               34: ("basic_block", [3, 4, 6, 3], [64, 64, 128, 256, 512]),
               50: ("bottle_neck", [3, 4, 6, 3], [64, 256, 512, 1024, 2048]),
               101: ("bottle_neck", [3, 4, 23, 3], [64, 256, 512, 1024, 2048]),
               152: ("bottle_neck", [3, 8, 36, 3], [64, 256, 512, 1024, 2048])}
resnet_net_versions = [ResNetV1, ResNetV2]
resnet_block_versions = [{"basic_block": BasicBlockV1, "bottle_neck": BottleneckV1},
                         {"basic_block": BasicBlockV2, "bottle_neck": BottleneckV2}]


def get_resnet(version, num_layers, pretrained=False, ctx=cpu(), root=os.path.join(base.data_dir(), "models"),
               **kwargs):
    """ResNet of ``version`` (1 or 2) and depth ``num_layers`` (18, 34, 50, 101, 152).

    Parameters
    ----------
    pretrained : bool, default False (load ``resnet{N}_v{V}-*.params`` from ``root``)
    ctx : Context, default cpu()
    root : str, default $MXNET_HOME/models
    """
    if num_layers not in resnet_spec:
        raise AssertionError("Invalid number of layers: %d. Options are %s" % (num_layers, str(resnet_spec.keys())))
    # compared and indexed as MXNet does: a str version is a TypeError of >=, a float one of the list index
    if not (version >= 1 and version <= 2):
        raise AssertionError("Invalid resnet version: %d. Options are 1 and 2." % version)
    kind, layers, channels = resnet_spec[num_layers]
    net_class = resnet_net_versions[version - 1]
    net = net_class(resnet_block_versions[version - 1][kind], layers, channels, **kwargs)
    if pretrained:
        _load_pretrained(net, f"resnet{num_layers}_v{version}", ctx, root)
    return net


def _factory(version, depth):
    def make(**kwargs):
        return get_resnet(version, depth, **kwargs)
    make.__name__ = make.__qualname__ = f"resnet{depth}_v{version}"
    make.__doc__ = f"ResNet-{depth} V{version} (keywords: classes, thumbnail, pretrained, ctx, root)."
    return make


resnet18_v1, resnet34_v1, resnet50_v1, resnet101_v1, resnet152_v1 = (_factory(1, d) for d in resnet_spec)
resnet18_v2, resnet34_v2, resnet50_v2, resnet101_v2, resnet152_v2 = (_factory(2, d) for d in resnet_spec)


# the names MXNet's module shows, as its own imports
from ....util import is_np_array  # noqa: E402,F401

from ....base import public_listing as _public_listing  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _public_listing(globals(), """_conv3x3""".split())

"""SqueezeNet 1.0 and 1.1 (Iandola et al. 2016)."""
import os

from .... import base
from ....context import cpu
from ...block import HybridBlock
from ... import nn
from ...contrib.nn import HybridConcurrent
from ..model_store import _load_pretrained

__all__ = ["SqueezeNet", "squeezenet1_0", "squeezenet1_1"]


def _conv_relu(channels, kernel_size, padding=0):
    out = nn.HybridSequential(prefix="")
    out.add(nn.Conv2D(channels, kernel_size, padding=padding), nn.Activation("relu"))
    return out


def _fire(squeeze, expand1x1, expand3x3):
    """A fire module: 1x1 squeeze, then 1x1 and 3x3 expansions concatenated on channels."""
    out = nn.HybridSequential(prefix="")
    out.add(_conv_relu(squeeze, 1))   # created first: the layer counters fix the parameter names
    paths = HybridConcurrent(axis=1, prefix="")
    paths.add(_conv_relu(expand1x1, 1), _conv_relu(expand3x3, 3, 1))
    out.add(paths)
    return out


def _pool():
    return nn.MaxPool2D(pool_size=3, strides=2, ceil_mode=True)


# per version: stem (channels, kernel), then the body: "pool" or a fire module's channels
_SPEC = {"1.0": ((96, 7), [(16, 64, 64), (16, 64, 64), (32, 128, 128), "pool", (32, 128, 128),
                           (48, 192, 192), (48, 192, 192), (64, 256, 256), "pool", (64, 256, 256)]),
         "1.1": ((64, 3), [(16, 64, 64), (16, 64, 64), "pool", (32, 128, 128), (32, 128, 128), "pool",
                           (48, 192, 192), (48, 192, 192), (64, 256, 256), (64, 256, 256)])}


class SqueezeNet(HybridBlock):
    """SqueezeNet.

    Parameters
    ----------
    version : str, '1.0' or '1.1'
    classes : int, default 1000
    """

    def __init__(self, version, classes=1000, **kwargs):
        super().__init__(**kwargs)
        if version not in _SPEC:
            raise AssertionError(f"Unsupported SqueezeNet version {version}:1.0 or 1.1 expected")
        (stem_channels, stem_kernel), body = _SPEC[version]
        with self.name_scope():
            self.features = nn.HybridSequential(prefix="")
            self.features.add(nn.Conv2D(stem_channels, kernel_size=stem_kernel, strides=2),
                              nn.Activation("relu"), _pool())
            for item in body:
                self.features.add(_pool() if item == "pool" else _fire(*item))
            self.features.add(nn.Dropout(0.5))
            self.output = nn.HybridSequential(prefix="")
            self.output.add(nn.Conv2D(classes, kernel_size=1), nn.Activation("relu"), nn.AvgPool2D(13),
                            nn.Flatten())

    def hybrid_forward(self, F, x):
        return self.output(self.features(x))


def get_squeezenet(version, pretrained=False, ctx=cpu(), root=os.path.join(base.data_dir(), "models"), **kwargs):
    """SqueezeNet ``version`` ('1.0' or '1.1'); keywords: classes, pretrained, ctx, root."""
    net = SqueezeNet(version, **kwargs)
    return _load_pretrained(net, f"squeezenet{version}", ctx, root) if pretrained else net


def squeezenet1_0(**kwargs):
    """SqueezeNet 1.0 (keywords as get_squeezenet)."""
    return get_squeezenet("1.0", **kwargs)


def squeezenet1_1(**kwargs):
    """SqueezeNet 1.1 (keywords as get_squeezenet)."""
    return get_squeezenet("1.1", **kwargs)

from ....base import public_listing as _public_listing  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _public_listing(globals(), """_make_fire _make_fire_conv""".split())

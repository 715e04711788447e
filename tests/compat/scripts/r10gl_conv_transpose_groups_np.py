"""Grouped transposed convolutions of unknown in_channels, built in legacy and in NumPy shape semantics."""
import mxnet as mx

nn = mx.gluon.nn


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__)


def build_and_run(cls, channels, groups, in_channels, array):
    net = cls(channels, 2, groups=groups, in_channels=in_channels)
    shape_before = net.weight.shape
    net.initialize(mx.init.One())
    spatial = (3,) * (2 if "2D" in cls.__name__ else 1)
    y = net(array.ones((1, 4) + spatial))
    return shape_before, y.shape, net.weight.shape, y.sum().asnumpy().tolist()


for np_mode in (False, True):
    if np_mode:
        mx.npx.set_np()
    array = mx.np if np_mode else mx.nd
    for cls in (nn.Conv1DTranspose, nn.Conv2DTranspose):
        for channels, groups, in_channels in ((2, 2, 0), (4, 4, 0), (2, 3, 0), (6, 3, 0), (4, 2, 3), (2, 2, 4)):
            attempt(f"np={np_mode} {cls.__name__}({channels}, groups={groups}, in_channels={in_channels})",
                    lambda: build_and_run(cls, channels, groups, in_channels, array))

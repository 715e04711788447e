# Deformable convolution layers: offset weights shaped by the layout (NHWC: channels last), attributes the
# offset Convolution refuses fail at construction, the deformable operators refuse NHWC when the graph is built
# (a ValueError at deferred initialisation, an MXNetError when hybridized), data of the wrong rank is a ValueError.
import mxnet as mx
from mxnet.gluon.contrib.cnn import DeformableConvolution, ModulatedDeformableConvolution


def outcome(label, fn, word="NHWC"):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__, f"'{word}'" in str(e))


def shapes(net):
    return [(name, p.shape) for name, p in net.collect_params().items()]


for cls in (DeformableConvolution, ModulatedDeformableConvolution):
    for kwargs in (dict(layout="NHWC"), dict(layout="NHWC", in_channels=4, groups=2), dict(in_channels=4)):
        outcome(f"{cls.__name__} {kwargs}", lambda: shapes(cls(2, 3, **kwargs)))
    outcome(cls.__name__ + " adj", lambda: cls(2, 3, adj=(1, 1)), "adj")
    for hybridize in (False, True):
        net = cls(2, 3, layout="NHWC")
        net.initialize()
        if hybridize:
            net.hybridize()
        outcome(f"{cls.__name__} NHWC forward hybridized={hybridize}", lambda: net(mx.nd.ones((1, 5, 5, 2))).shape)
    net = cls(2, 3)
    net.initialize()
    outcome(cls.__name__ + " 3-D data", lambda: net(mx.nd.ones((1, 2, 5))).shape)
    print(shapes(net))
    outcome(cls.__name__ + " NCHW forward", lambda: net(mx.nd.ones((1, 2, 5, 5))).shape)
    print(shapes(net))

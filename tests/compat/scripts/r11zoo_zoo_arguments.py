"""Model zoo constructors read their arguments as MXNet's: get_resnet's checks and indexing, channels given as text."""
import warnings

import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn
from mxnet.gluon.model_zoo import vision

warnings.simplefilter("ignore")


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except mx.base.MXNetError:
        print(label, "raises MXNetError")
    except Exception as e:
        print(label, "raises", type(e).__name__, str(e))


def summary(net):
    params = net.collect_params()
    return type(net).__name__, len(list(params.keys())), [p.shape for p in list(params.values())[-2:]]


for version, depth in [(1, 18), (2, 34), (3, 18), (0, 18), ("1", 18), (1, "18"), (1, 20), (1.0, 18), (2.0, 18),
                       (1.5, 18), (1, 18.0)]:
    attempt("get_resnet(%r, %r)" % (version, depth), lambda: summary(vision.get_resnet(version, depth, classes=3)))
for name in ("squeezenet1.0", "squeezenet1.1", "mobilenetv2_0.25"):
    for classes in ("3", " 4 ", "3.0", 2.5):
        attempt("%s classes=%r" % (name, classes), lambda: summary(vision.get_model(name, classes=classes)))
for channels in ("3", " 5", "x", "-1"):
    attempt("Conv2D(%r)" % channels, lambda: repr(nn.Conv2D(channels, 1, in_channels=2)))


def conv_forward():
    conv = nn.Conv2D("3", 1)
    conv.initialize(mx.init.One())
    return conv(nd.ones((1, 2, 2, 2))).asnumpy().tolist(), conv.weight.shape


attempt("Conv2D('3') forward", conv_forward)
attempt("Conv2DTranspose('2')", lambda: repr(nn.Conv2DTranspose("2", 3, in_channels=4)))

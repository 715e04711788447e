"""Model zoo constructors: names, parameter counts and shapes, refusals of unknown names and arguments."""
import warnings

import mxnet as mx
from mxnet.gluon.model_zoo import vision

warnings.simplefilter("ignore")


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).splitlines()[0] if str(e) else "")


def summary(net):
    params = net.collect_params()
    keys = list(params.keys())
    return (type(net).__name__, net.prefix, len(keys), keys[0], keys[-1],
            [params[k].shape for k in keys[:2]], [params[k].shape for k in keys[-2:]])


for name in ["resnet34_v2", "vgg13_bn", "squeezenet1.0", "mobilenet0.75", "mobilenetv2_0.5", "alexnet"]:
    attempt(name, lambda: summary(vision.get_model(name, classes=7)))
for name in ["resnet18", "ResNet18_V1", "inception_v3", "mobilenetv2_1.00", ""]:
    attempt("get_model(%r)" % name, lambda: type(vision.get_model(name)).__name__)
for name in ["resnet18_v1", "vgg11", "densenet121", "mobilenet0.25"]:
    attempt(name + " foo=1", lambda: vision.get_model(name, foo=1))
for mult in [0.1, 1.5, "0.5"]:
    attempt("MobileNet(multiplier=%r)" % mult, lambda: summary(vision.MobileNet(multiplier=mult, classes=2)))
    attempt("MobileNetV2(multiplier=%r)" % mult, lambda: summary(vision.MobileNetV2(multiplier=mult, classes=2)))
attempt("ResNetV1 one stage", lambda: summary(vision.ResNetV1(vision.BasicBlockV1, [1], [4, 8], classes=3)))
attempt("ResNetV2 thumbnail", lambda: summary(vision.ResNetV2(vision.BottleneckV2, [1], [8, 16], thumbnail=True)))
attempt("VGG batch_norm", lambda: summary(vision.VGG([1, 2], [4, 8], batch_norm=True, classes=3)))
attempt("DenseNet small", lambda: summary(vision.DenseNet(8, 4, [2, 1], bn_size=1, classes=3)))
attempt("SqueezeNet 1.2", lambda: vision.SqueezeNet("1.2"))

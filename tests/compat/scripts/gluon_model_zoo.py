# gluon.model_zoo: get_model names, errors, reprs, parameter names/counts, small forward passes.
import mxnet as mx
from mxnet import nd
from mxnet.gluon.model_zoo import vision
import numpy as np


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "raises", type(e).__name__)


names = ["resnet18_v1", "resnet34_v1", "resnet50_v1", "resnet101_v1", "resnet152_v1", "resnet18_v2", "resnet34_v2",
         "resnet50_v2", "resnet101_v2", "resnet152_v2", "vgg11", "vgg13", "vgg16", "vgg19", "vgg11_bn", "vgg13_bn",
         "vgg16_bn", "vgg19_bn", "alexnet", "densenet121", "densenet161", "densenet169", "densenet201",
         "squeezenet1.0", "squeezenet1.1", "inceptionv3", "mobilenet1.0", "mobilenet0.75", "mobilenet0.5",
         "mobilenet0.25", "mobilenetv2_1.0", "mobilenetv2_0.75", "mobilenetv2_0.5", "mobilenetv2_0.25"]
for name in names:
    net = vision.get_model(name, classes=7)
    params = net.collect_params()
    keys = list(params.keys())
    print(name, type(net).__name__, net.prefix, len(keys), keys[0], keys[-1])
attempt("unknown", lambda: vision.get_model("resnet9000"))
print(vision.get_resnet(1, 18, classes=3).prefix, vision.get_vgg(11, classes=3).prefix)
attempt("bad resnet depth", lambda: vision.get_resnet(1, 20))
attempt("bad resnet version", lambda: vision.get_resnet(3, 18))
attempt("bad vgg", lambda: vision.get_vgg(12))
attempt("bad squeezenet", lambda: vision.SqueezeNet("2.0"))
print(vision.squeezenet1_1(classes=5))
print(vision.mobilenet0_25(classes=4).output)
print(vision.resnet18_v2(classes=2).features[4])
net = vision.resnet18_v1(classes=4)
mx.random.seed(0)
net.initialize(mx.init.Xavier())
x = nd.random.uniform(shape=(1, 3, 32, 32))
y = net(x)
print(y.shape, np.round(y.asnumpy().astype(np.float64), 3).tolist())
net = vision.mobilenet_v2_0_25(classes=3)
mx.random.seed(1)
net.initialize()
y = net(nd.random.uniform(shape=(1, 3, 32, 32)))
print(y.shape, np.round(y.asnumpy().astype(np.float64), 4).tolist())
print(type(vision.get_model("resnet18_v1", thumbnail=True, classes=10).features[0]).__name__)
print(vision.get_model("resnet18_v1", thumbnail=True).features[0])

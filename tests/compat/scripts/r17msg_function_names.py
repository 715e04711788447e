"""Functions MXNet defines one per name (model zoo constructors, sym.maximum/minimum, the *_like samplers) carry
that name in Python's own TypeError when called with arguments they do not take."""
import mxnet as mx
from mxnet.gluon.model_zoo import vision


def attempt(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except TypeError as e:
        print(label, "-> TypeError", e)


for name in ["resnet18_v1", "resnet50_v2", "vgg11", "vgg13_bn", "densenet121", "mobilenet1_0", "mobilenet_v2_0_25"]:
    attempt(name, lambda: getattr(vision, name)(1, 2))
attempt("sym.maximum one", lambda: mx.sym.maximum(mx.sym.var("x")))
attempt("sym.minimum one", lambda: mx.sym.minimum(mx.sym.var("x")))
attempt("sym.maximum three", lambda: mx.sym.maximum(1, 2, 3))

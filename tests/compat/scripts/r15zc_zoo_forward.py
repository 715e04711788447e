"""Model zoo networks on small inputs, imperative and hybridized, with seeded Xavier parameters; inputs they refuse."""
import warnings

import numpy as np
import mxnet as mx
from mxnet.gluon.model_zoo import vision

warnings.simplefilter("ignore")


def sine(shape):
    return mx.nd.array(np.sin(np.arange(int(np.prod(shape))) * 0.3).reshape(shape))


for name, size in [("resnet18_v2", 16)]:
    for hybrid in (False, True):
        net = vision.get_model(name, classes=4)
        mx.random.seed(3)
        net.initialize(mx.init.Xavier(magnitude=2.0))
        if hybrid:
            net.hybridize()
        out = net(sine((2, 3, size, size)) * 0.5).asnumpy()
        print(name, "hybrid" if hybrid else "imperative", out.shape, " ".join("%.3g" % v for v in out.ravel() * 1e3))
for name, shape in [("resnet18_v1", (1, 3, 8, 8)), ("alexnet", (1, 3, 32, 32)), ("squeezenet1.0", (1, 3, 32, 32)),
                    ("squeezenet1.1", (1, 3, 64, 64)), ("mobilenet0.25", (1, 1, 32, 32))]:
    net = vision.get_model(name, classes=3)
    net.initialize(mx.init.Constant(0.01))
    try:
        print(name, shape, net(mx.nd.ones(shape)).shape)
    except Exception as e:
        print(name, shape, type(e).__name__, str(e).split("Check failed: ")[-1].splitlines()[0][:200])

# sums and means over thousands of elements (and the losses that average them) follow MXNet's sequential
# Kahan-compensated float32 walk to the last bit
import numpy as np
import mxnet as mx
from mxnet import nd, gluon


def h(a):
    return a.asnumpy().tobytes().hex()


for shape in [(4, 3000), (2, 20000), (8, 1000), (1, 100000), (64, 500), (3, 7, 900)]:
    rs = np.random.RandomState(sum(shape))
    p = nd.array(rs.uniform(-3, 3, size=shape))
    lab = nd.array(rs.uniform(-3, 3, size=shape))
    for loss in (gluon.loss.L2Loss(), gluon.loss.L1Loss(), gluon.loss.SigmoidBCELoss(), gluon.loss.HuberLoss()):
        print(shape, type(loss).__name__, h(loss(p, lab)))
    print(shape, "sum", h(nd.sum(p, axis=1)), h(nd.mean(p * p, axis=0, exclude=True)), h(nd.sum(p)))
    print(shape, "float64", h(nd.sum(p.astype("float64"), axis=1)), h(nd.mean(p.astype("float64"))))

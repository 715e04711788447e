# sum / mean / loss reductions over nan terms of both signs: MXNet's sum keeps the first nan it meets
# (its sign bit shows in the bytes); inf - inf makes the default (negative) nan
import numpy as np
import mxnet as mx
from mxnet import nd, gluon


def h(a):
    return a.asnumpy().tobytes().hex()


nan = np.float32(np.nan)
rows = ([nan, -nan], [-nan, nan], [nan, -nan, 1], [1, nan, -nan], [-nan, 2, nan], [np.inf, nan], [np.inf, -nan],
        [-nan, np.inf, -np.inf], [np.inf, -np.inf, nan])
for row in rows:
    for dt in ("float32", "float64", "float16"):
        x = nd.array([row], dtype=dt)
        print([h(nd.array([v])) for v in row], dt, h(nd.sum(x, axis=1)), h(nd.sum(x)), h(nd.mean(x, axis=1)),
              h(nd.sum(x.T, axis=0)), h(nd.mean(x, axis=0, exclude=True)))

rs = np.random.RandomState(0)
for shape in [(3, 20), (300, 20), (40, 40)]:
    x = rs.uniform(-1, 1, size=shape).astype("float32")
    m = rs.uniform(size=shape)
    x[m < 0.05] = nan
    x[m > 0.97] = -nan
    a = nd.array(x)
    print(shape, h(nd.sum(a, axis=0)), h(nd.sum(a, axis=1)), h(nd.mean(a, axis=0)), h(nd.sum(a)))

pred = nd.array([[np.nan, np.inf, -np.inf, 0.0, 1e30, -1e30]])
label = nd.array([[1, 0, 1, 0.5, 1, 0]])
for loss in (gluon.loss.HingeLoss(), gluon.loss.SquaredHingeLoss(), gluon.loss.LogisticLoss(),
             gluon.loss.SigmoidBCELoss(), gluon.loss.PoissonNLLLoss(), gluon.loss.KLDivLoss()):
    print(type(loss).__name__, h(loss(pred, label)))

# SVMOutput over 2-D and 3-D data (label shape, gradient signs), LeakyReLU's gamma outside prelu,
# gather_nd with negative fractional indices
import mxnet as mx
import numpy as np

rng = np.random.RandomState(0)
for ds in ((2, 3, 4), (3, 4), (5, 3)):
    for use_linear in (False, True):
        for dt in ("float32", "float64"):
            x = mx.nd.array(rng.randn(*ds), dtype=dt)
            label = mx.nd.array(rng.randint(0, ds[-1], ds[:-1]), dtype=dt)
            x.attach_grad()
            with mx.autograd.record():
                y = mx.nd.SVMOutput(x, label, margin=0.5, regularization_coefficient=2.0, use_linear=use_linear)
            y.backward()
            print(ds, use_linear, dt, x.grad.asnumpy().round(4).tolist())
for ds, ls in (((2, 3, 4), (2,)), ((2, 3), (3,)), ((2, 3), (2, 1)), ((2, 3, 4), (2, 3))):
    try:
        print(ds, ls, mx.nd.SVMOutput(mx.nd.ones(ds), mx.nd.zeros(ls)).shape)
    except mx.base.MXNetError:
        print(ds, ls, "MXNetError")
x = mx.nd.array([[1, -2, 3], [-4, 5, 6]])
for kw in ({}, {"act_type": "elu"}, {"act_type": "prelu"}):
    try:
        print(kw, mx.nd.LeakyReLU(x, mx.nd.array([0.5]), **kw).asnumpy().tolist())
    except mx.base.MXNetError:
        print(kw, "MXNetError")
for idx in ([[1.7, 0.2]], [[0.7, 0.2]], [[-0.5, 0.0]], [[-1.0]], [[-0.2]], [[-1.9]], [[-2.0]], [[-2.5]]):
    try:
        print(idx, mx.nd.gather_nd(x, mx.nd.array(idx)).asnumpy().tolist())
    except IndexError:
        print(idx, "IndexError")

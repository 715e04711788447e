"""grad_req='add' through ops whose backward kernels treat the request their own way (mean divides the buffer,
clip and cumsum overwrite it, the regression outputs rescale it), beside ops that simply accumulate."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def twice(label, fn, x, start=0.0):
    v = nd.array(x)
    v.attach_grad(grad_req="add")
    v.grad[:] = start
    for h in (1.0, 2.0):
        with autograd.record():
            y = fn(v)
        y.backward(nd.ones_like(y) * h)
    print(label, v.grad.asnumpy().round(5).tolist())


x = np.array([[0.5, -1.5, 2.0], [1.0, 0.25, -0.75]])
label = nd.array([[0.0, 1.0, 0.5], [1.0, 0.0, 0.0]])
twice("sum", lambda v: nd.sum(v), x)
twice("mean", lambda v: nd.mean(v), x)
twice("mean axis 1", lambda v: nd.mean(v, axis=1), x)
twice("mean exclude", lambda v: nd.mean(v, axis=0, exclude=True, keepdims=True), x)
twice("mean of reshape", lambda v: nd.mean(v.reshape((3, 2)), axis=0), x)
twice("moments mean", lambda v: nd.moments(v, axes=(1,))[0], x)
twice("moments var", lambda v: nd.moments(v, axes=(0,))[1], x)
twice("clip", lambda v: nd.clip(v, -1, 1), x, start=3.0)
twice("cumsum", lambda v: nd.cumsum(v, axis=1), x, start=3.0)
twice("flip", lambda v: nd.flip(v, axis=1), x, start=3.0)
twice("split_v2", lambda v: nd.split_v2(v, 3, axis=1)[1], x, start=3.0)
twice("clip plus x", lambda v: nd.clip(v, -1, 1) + v, x)
twice("sin", lambda v: nd.sin(v), x)
twice("tile", lambda v: nd.tile(v, (2, 1)), x)
twice("LinearRegressionOutput", lambda v: nd.LinearRegressionOutput(v, label), x)
twice("LinearRegressionOutput scaled", lambda v: nd.LinearRegressionOutput(v, label, grad_scale=3), x)
twice("LogisticRegressionOutput", lambda v: nd.LogisticRegressionOutput(v, label), x)
twice("MAERegressionOutput", lambda v: nd.MAERegressionOutput(v, label), x)
twice("amp_cast same type", lambda v: nd.amp_cast(v, dtype="float32"), x, start=1.0)
twice("amp_cast float16", lambda v: nd.amp_cast(v, dtype="float16"), x, start=1.0)
square = nd.array([[2.0, 0.5, 0.0], [0.5, 3.0, 0.25], [0.0, 0.25, 4.0]])
twice("linalg gemm2 lone variable", lambda v: nd.linalg.gemm2(v, square), x, start=1.0)
twice("linalg gemm lone variable", lambda v: nd.linalg.gemm(square, v.T, nd.ones((3, 2)), alpha=2.0), x, start=1.0)
twice("linalg gemm2 transposed", lambda v: nd.linalg.gemm2(square, v, transpose_b=True), x, start=1.0)
twice("linalg trmm", lambda v: nd.linalg.trmm(square, v.T), x, start=1.0)
spd = np.array([[4.0, 1.0], [1.0, 3.0]])
twice("linalg inverse", lambda v: nd.linalg.inverse(v), spd, start=1.0)
twice("linalg inverse of a sum", lambda v: nd.linalg.inverse(v + 1), spd, start=1.0)
twice("linalg syevd eigenvalues", lambda v: nd.linalg.syevd(v)[1], spd, start=1.0)
twice("linalg det", lambda v: nd.linalg.det(v), spd)
twice("linalg potrf", lambda v: nd.linalg.potrf(v), spd)

# Label dtypes of the loss outputs, float64 gelu/PReLU (float32 arithmetic), what InstanceNorm and LRN
# refuse, LRN of 2-D data, and float16 LayerNorm/BatchNorm bits.
import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def attempt(label, f):
    try:
        r = f()
        print(label, r.dtype.__name__, r.shape, r.asnumpy().reshape(-1).tolist())
    except Exception as e:
        print(label, "ERR", type(e).__name__)


X = nd.array([[0.5, -1.0, 0.25, 2.0], [1.5, 0.0, -0.5, 0.75], [-2.0, 1.0, 0.5, 0.0]])
for dt in ["float32", "float64", "float16", "int32", "int64", "uint8"]:
    attempt("SoftmaxOutput label " + dt, lambda: nd.SoftmaxOutput(X, nd.array([1, 0, 3], dtype=dt)))
    attempt("softmax_cross_entropy label " + dt, lambda: nd.softmax_cross_entropy(X, nd.array([1, 0, 3], dtype=dt)))
    attempt("LinearRegressionOutput label " + dt, lambda: nd.LinearRegressionOutput(X, nd.zeros((3, 4), dtype=dt)))

x64 = np.array([[-1.3, -0.2, 0.1234567891234, 0.7, 2.5, 1e-3], [-3.0, -0.01, 0.3, 1.1, -0.6, 4.0]])
for dt in ["float64", "float32", "float16"]:
    data = nd.array(x64, dtype=dt)
    data.attach_grad()
    with autograd.record():
        y = nd.LeakyReLU(data, act_type="gelu")
    y.backward(nd.array(x64 * 1.5 + 0.25, dtype=dt))
    print("gelu", dt, y.asnumpy().tolist(), data.grad.asnumpy().tolist())
    gamma = nd.array([0.1234567891234, -0.7], dtype=dt)
    data = nd.array(x64.reshape(1, 2, 6), dtype=dt)
    data.attach_grad()
    gamma.attach_grad()
    with autograd.record():
        y = nd.LeakyReLU(data, gamma, act_type="prelu")
    y.backward(nd.array(x64.reshape(1, 2, 6) * 1.5 + 0.25, dtype=dt))
    print("prelu", dt, y.asnumpy().tolist(), data.grad.asnumpy().tolist(), gamma.grad.asnumpy().tolist())

x4 = np.sin(np.arange(48)).reshape(2, 3, 2, 4)
for dt in ["float32", "float64", "float16"]:
    attempt("InstanceNorm " + dt, lambda: nd.InstanceNorm(nd.array(x4, dtype=dt), nd.ones(3, dtype=dt),
                                                          nd.zeros(3, dtype=dt)))
    attempt("LRN " + dt, lambda: nd.LRN(nd.array(x4, dtype=dt), nsize=3))
attempt("InstanceNorm float64 gamma", lambda: nd.InstanceNorm(nd.array(x4), nd.ones(3, dtype="float64"), nd.zeros(3)))
attempt("InstanceNorm 2-D", lambda: nd.InstanceNorm(nd.array(x4[:, :, 0, 0]), nd.ones(3), nd.zeros(3)))
for shape in [(2, 3, 8), (2, 3, 2, 2, 2), (6,), (2, 3)]:
    attempt("LRN shape %s" % (shape,), lambda: nd.LRN(nd.array(x4.reshape(-1)[:int(np.prod(shape))].reshape(shape)),
                                                      nsize=3))
for nsize in [2, 3, 4]:
    data = nd.array(x4[:, :, 0, :].reshape(4, 6))
    data.attach_grad()
    with autograd.record():
        y = nd.LRN(data, nsize=nsize, alpha=0.5)
    y.backward(nd.ones((4, 6)) * 1.5)
    print("LRN 2-D nsize", nsize, y.asnumpy().tolist(), data.grad.asnumpy().tolist())

rs = np.random.RandomState(3)
for width in [5, 16, 33]:
    data = nd.array(rs.randn(3, width) * 3 + 1, dtype="float16")
    gamma, beta = nd.array(rs.randn(width), dtype="float16"), nd.array(rs.randn(width), dtype="float16")
    data.attach_grad()
    with autograd.record():
        out, mean, std = nd.LayerNorm(data, gamma, beta, output_mean_var=True)
    out.backward(nd.array(rs.randn(3, width), dtype="float16"))
    print("LayerNorm float16", width, out.asnumpy().tolist(), mean.asnumpy().tolist(), std.asnumpy().tolist())
    print("  dx", data.grad.asnumpy().tolist())

for train in [True, False]:
    data = nd.array(rs.randn(3, 4, 5) * 2 - 1, dtype="float16")
    gamma, beta = nd.array(rs.randn(4)), nd.array(rs.randn(4))
    moving_mean, moving_var = nd.array(rs.randn(4)), nd.array(rs.rand(4) + 0.5)
    for a in (data, gamma, beta):
        a.attach_grad()
    with autograd.record(train_mode=train):
        out = nd.BatchNorm(data, gamma, beta, moving_mean, moving_var, fix_gamma=False)
    out.backward(nd.array(rs.randn(3, 4, 5), dtype="float16"))
    print("BatchNorm float16 train" if train else "BatchNorm float16 predict", out.asnumpy().tolist())
    print("  dx", data.grad.asnumpy().tolist())
    print("  dgamma dbeta", gamma.grad.asnumpy().tolist(), beta.grad.asnumpy().tolist())
    print("  moving", moving_mean.asnumpy().tolist(), moving_var.asnumpy().tolist())

for dt in ["float16", "float32"]:
    data = nd.array(rs.randn(4, 5) * 3, dtype=dt)
    data.attach_grad()
    for kw in [{"normalization": "batch", "grad_scale": 1.5}, {"multi_output": True, "grad_scale": 0.7}]:
        with autograd.record():
            if "multi_output" in kw:
                y = nd.SoftmaxOutput(data.reshape((2, 2, 5)), nd.array([[1, 0, 4, 2, 3], [0, 0, 1, 1, 2]], dtype=dt), **kw)
            else:
                y = nd.SoftmaxOutput(data, nd.array([1, 0, 4, 2], dtype=dt), **kw)
        y.backward()
        print("SoftmaxOutput", dt, kw, y.asnumpy().tolist(), data.grad.asnumpy().tolist())
    with autograd.record():
        y = nd.softmax_cross_entropy(data, nd.array([1, 0, 4, 2], dtype=dt))
    y.backward(nd.array([2.5], dtype=dt))
    print("softmax_cross_entropy", dt, y.asnumpy().tolist(), data.grad.asnumpy().tolist())

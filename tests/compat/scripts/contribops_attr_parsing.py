"""Attribute text read as MXNet's parser reads it: float attributes (quadratic's coefficients, box_decode's
stds) and double ones (gradientmultiplier's scalar, arange_like's start and step) can miss the correctly
rounded value by an ulp, visible in float64 results; exponents are applied with a power built step by step."""
import mxnet as mx
import numpy as np

rs = np.random.RandomState(8)
values = [float(v) for v in rs.uniform(0.1, 2, 12)] + [10.0 ** float(e) for e in rs.uniform(-12, 12, 8)]
values += [7.1e-05, 1e-300, -0.3, 1.2345678901234567e+21]
for v in values:
    x = mx.nd.ones((1,), dtype="float64")
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.contrib.gradientmultiplier(x, scalar=v)
    y.backward()
    a = mx.nd.contrib.arange_like(mx.nd.ones((3,), dtype="float64"), start=v, step=v).asnumpy()
    q = mx.nd.contrib.quadratic(mx.nd.ones((1,), dtype="float64"), a=v).asnumpy() if 1e-30 < abs(v) < 1e30 else None
    print(repr(v), repr(x.grad.asnumpy()[0]), a.tolist(), None if q is None else q.tolist())

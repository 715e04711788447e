"""Regression outputs under an 'add' gradient request: the residual is added to the buffer, then the buffer times the scale, bit for bit (graph and autograd, float16/32/64)."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd, sym

np.random.seed(0)
for op, gs, dt, shape in [("LinearRegressionOutput", 2.0, "float64", (4, 3)), ("LogisticRegressionOutput", 1.0, "float64", (4, 3)),
                          ("LinearRegressionOutput", 2.0, "float16", (4, 3)), ("MAERegressionOutput", 0.7, "float64", (4, 3)),
                          ("LinearRegressionOutput", 0.7, "float32", (4, 3)), ("LogisticRegressionOutput", 0.3, "float32", (2, 5)),
                          ("MAERegressionOutput", 1.5, "float32", (3, 2)), ("LinearRegressionOutput", 1.0, "float64", (4, 1))]:
    x = np.random.uniform(-1, 1, shape).astype(dt)
    label = np.random.uniform(-1, 1, shape).astype(dt)
    prev = np.random.uniform(-1, 1, shape).astype(dt)
    s = getattr(sym, op)(sym.var("x"), sym.var("l"), grad_scale=gs)
    grads = {"x": nd.array(prev, dtype=dt), "l": nd.zeros(shape, dtype=dt)}
    ex = s.bind(mx.cpu(), {"x": nd.array(x, dtype=dt), "l": nd.array(label, dtype=dt)}, args_grad=grads,
                grad_req={"x": "add", "l": "null"})
    ex.forward(is_train=True)
    ex.backward()
    print(op, gs, dt, "graph", grads["x"].asnumpy().ravel().tolist())
    a = nd.array(x, dtype=dt)
    a.attach_grad(grad_req="add")
    a.grad[:] = nd.array(prev, dtype=dt)
    with mx.autograd.record():
        y = getattr(nd, op)(a, nd.array(label, dtype=dt), grad_scale=gs)
    y.backward()
    print(op, gs, dt, "autograd", a.grad.asnumpy().ravel().tolist())

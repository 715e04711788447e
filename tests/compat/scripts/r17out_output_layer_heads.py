"""The output layers in bound graphs and under autograd: their gradients ignore (or, with out_grad, use) the head
gradient, each attribute changes them as MXNet does, and their labels are inferred from the data."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words

rng = np.random.RandomState(11)
data = rng.uniform(-2, 2, (3, 4))
labels = {"SoftmaxOutput": np.array([1, 0, 3]), "SVMOutput": np.array([2, 1, 0]),
          "LinearRegressionOutput": rng.uniform(0, 1, (3, 4)), "MAERegressionOutput": rng.uniform(0, 1, (3, 4)),
          "LogisticRegressionOutput": rng.uniform(0, 1, (3, 4))}
attrs = {"SoftmaxOutput": [{}, {"grad_scale": 2.0, "normalization": "batch"}, {"out_grad": True},
                           {"use_ignore": True, "ignore_label": 0, "normalization": "valid"}],
         "SVMOutput": [{}, {"margin": 0.5}, {"use_linear": True, "regularization_coefficient": 0.5}],
         "LinearRegressionOutput": [{}, {"grad_scale": 0.25}], "MAERegressionOutput": [{}, {"grad_scale": 3.0}],
         "LogisticRegressionOutput": [{}, {"grad_scale": 0.5}]}


def bound(op, head, **kw):
    s = getattr(mx.sym, op)(mx.sym.var("data"), name="out", **kw)
    ex = s.simple_bind(mx.cpu(), data=data.shape)
    ex.arg_dict["data"][:] = data
    ex.arg_dict["out_label"][:] = labels[op]
    y = ex.forward(is_train=True)[0]
    ex.backward() if head is None else ex.backward(nd.ones(y.shape) * head)
    return y, ex.grad_dict["data"]


def recorded(op, head, **kw):
    x = nd.array(data)
    x.attach_grad()
    with autograd.record():
        y = getattr(nd, op)(x, nd.array(labels[op]), **kw)
    y.backward(None if head is None else nd.ones(y.shape) * head)
    return y, x.grad


for op, options in attrs.items():
    print(op, mx.sym.__dict__[op](mx.sym.var("data"), name="out").infer_shape(data=(3, 4)))
    for kw in options:
        for how in (bound, recorded):
            for head in (None, 5.0):
                try:
                    y, g = how(op, head, **kw)
                    print(op, kw, how.__name__, head, y.asnumpy().sum().round(4), g.asnumpy().round(4).tolist())
                except Exception as e:
                    print(op, kw, how.__name__, head, words(e))
for op in ["MakeLoss", "make_loss"]:
    for kw in [{}, {"grad_scale": 3.0}, {"normalization": "batch"}, {"normalization": "valid", "valid_thresh": 0.5}]:
        x = nd.array(np.abs(data) - 1)
        x.attach_grad()
        with autograd.record():
            y = getattr(nd, op)(x, **kw)
        y.backward(nd.ones(y.shape) * 4)
        print(op, kw, x.grad.asnumpy().round(4).tolist())

"""SoftmaxOutput's labels in every form: class indices, probabilities of the data's shape, flattened labels, with
each normalization, and the checks on the label's shape."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words


def grad(data, label, **attrs):
    x = nd.array(data)
    x.attach_grad()
    try:
        with autograd.record():
            y = nd.SoftmaxOutput(x, nd.array(label), **attrs)
        y.backward(nd.ones(y.shape) * 3)
        return f"{y.asnumpy().sum():.4f} {x.grad.asnumpy().round(4).tolist()}"
    except Exception as e:
        return words(e)


data = np.linspace(-1.5, 1, 12).reshape(3, 4)
probs = np.array([[0.25, 0.5, 0.25, 0.0], [1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.5, 0.5]])
for attrs in [{}, {"normalization": "batch"}, {"normalization": "valid", "use_ignore": True, "ignore_label": 0},
              {"grad_scale": 0.5, "normalization": "batch"}, {"multi_output": True}, {"preserve_shape": True},
              {"out_grad": True}, {"smooth_alpha": 0.2}]:
    print("probabilities", attrs, grad(data, probs, **attrs))
cube = np.linspace(-1, 1, 24).reshape(2, 3, 4)
for label in [[[0, 5, 0], [7, 0, 2]], [[1, 1, 1], [0, 0, 0]], [[2.9, -1, 3], [0.5, 5, 5]]]:
    for attrs in [{"normalization": "valid"}, {"normalization": "valid", "use_ignore": True, "ignore_label": 5},
                  {"normalization": "batch", "use_ignore": True, "ignore_label": 0},
                  {"smooth_alpha": 0.1, "normalization": "valid", "use_ignore": True, "ignore_label": 1}]:
        print("flattened", label, attrs, grad(cube, label, **attrs))
print("multi probabilities", grad(cube, np.full((2, 3, 4), 0.25), multi_output=True, normalization="batch"))
for shape in [(2, 3), (2,), (6,), (2, 3, 4, 1), (2, 1, 4)]:
    print("multi label", shape, grad(cube, np.zeros(shape), multi_output=True))
print("multi 1-d", grad(np.ones(3), np.ones(3), multi_output=True))
for d, l in [((3, 4), (3, 4)), ((2, 3, 4), (2, 3, 4)), ((2, 3, 4), (2, 3))]:
    for attrs in [{}, {"multi_output": True}, {"preserve_shape": True}]:
        s = mx.sym.SoftmaxOutput(mx.sym.var("d"), mx.sym.var("l"), **attrs)
        try:
            print("infer", d, l, attrs, s.infer_shape(d=d, l=l))
        except Exception as e:
            print("infer", d, l, attrs, words(e))

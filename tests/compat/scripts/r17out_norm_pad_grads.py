"""L2Normalization (each mode), LRN, InstanceNorm and Pad (each mode) over float types: values and gradients under
a random head gradient."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words

rng = np.random.RandomState(9)


def run(op, inputs, dtype, **kw):
    arrays = [nd.array(a, dtype=dtype) for a in inputs]
    for a in arrays:
        a.attach_grad()
    try:
        with autograd.record():
            y = getattr(nd, op)(*arrays, **kw)
        y.backward(nd.array(rng.uniform(-1, 1, y.shape), dtype=dtype))
        return " ".join(str(v.asnumpy().astype(np.float64).round(3).ravel()[:8].tolist()) for v in [y] + [a.grad for a in arrays])
    except Exception as e:
        return words(e)


for dtype in ["float32", "float64", "float16"]:
    x = rng.uniform(-2, 2, (2, 3, 2, 2))
    for mode in ["instance", "channel", "spatial"]:
        print("L2Normalization", mode, dtype, run("L2Normalization", [x], dtype, mode=mode, eps=1e-3))
    for kw in [{"nsize": 3}, {"nsize": 5, "alpha": 0.1, "beta": 0.5, "knorm": 1.0}]:
        print("LRN", kw, dtype, run("LRN", [x], dtype, **kw))
    print("InstanceNorm", dtype, run("InstanceNorm", [x, rng.uniform(0.5, 1.5, 3), rng.uniform(-1, 1, 3)], dtype,
                                     eps=0.01))
    for mode, kw in [("constant", {"constant_value": 2.5}), ("edge", {}), ("reflect", {})]:
        print("Pad", mode, dtype, run("Pad", [x], dtype, mode=mode, pad_width=(0, 0, 0, 0, 1, 1, 1, 0), **kw))
print("Pad 5-D", run("Pad", [rng.uniform(-1, 1, (1, 1, 2, 2, 2))], "float32", mode="reflect",
                     pad_width=(0, 0, 0, 0, 1, 1, 0, 1, 1, 0)))
print("Pad too wide", run("Pad", [rng.uniform(-1, 1, (1, 2, 3, 3))], "float32", mode="reflect",
                          pad_width=(0, 0, 0, 0, 3, 3, 3, 3)))
print("InstanceNorm int", run("InstanceNorm", [np.ones((2, 3, 2)), np.ones(3), np.ones(3)], "int32"))
print("L2Normalization int", run("L2Normalization", [np.ones((2, 3))], "int32"))

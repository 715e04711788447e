"""Optimizers meeting weights of a shape legacy shape semantics read as unknown (a 0 size, or ()): the report of
the operator that fails first (the state's creation, or the update itself), with its shapes and attributes."""
# recorded on AVX2
import warnings

import mxnet as mx
from mxnet import nd
import numpy as np

warnings.simplefilter("ignore")
NAMES = ["sgd", "nag", "adam", "rmsprop", "signum", "lamb", "lars", "dcasgd", "lbsgd", "sgld", "ccsgd", "test"]
SETTINGS = [{}, {"momentum": 0.9, "clip_gradient": 0.5, "wd": 0.1}, {"multi_precision": True},
            {"rescale_grad": 0.25, "clip_gradient": 2.0, "learning_rate": 0.5}, {"wd_lh": 0.1, "momentum": 0.0}]
MOMENTUM = ("sgd", "nag", "signum", "lars", "dcasgd", "lbsgd", "ccsgd")


def report(e):
    lines = str(e).split("\n")
    return " | ".join(line for line in (lines[2:] if lines[0].startswith("Traceback") else lines) if line)


for name in NAMES:
    for kw in SETTINGS:
        kw = dict(kw)
        if "momentum" in kw and name not in MOMENTUM:
            kw.pop("momentum")
        if "wd_lh" in kw and name != "signum":
            continue
        for dtype in ("float32", "float16") if kw.get("multi_precision") else ("float32",):
            for shape in ((0,), (2, 0), ()):
                opt = mx.optimizer.create(name, **kw)
                w, g = nd.array(np.ones(shape), dtype=dtype), nd.array(np.ones(shape), dtype=dtype)
                try:
                    mx.optimizer.get_updater(opt)(0, g, w)
                    print(name, kw, dtype, shape, "ok")
                except Exception as e:
                    print(name, kw, dtype, shape, type(e).__name__, report(e))
                print("  num_update", opt.num_update)

# a group of weights in one fused call
opt = mx.optimizer.create("sgd", learning_rate=0.1)
ws = [nd.ones((2,)), nd.array(np.ones((0, 3)))]
try:
    mx.optimizer.get_updater(opt)([0, 1], [nd.ones((2,)), nd.array(np.ones((0, 3)))], ws)
except Exception as e:
    print("sgd group", type(e).__name__, report(e))

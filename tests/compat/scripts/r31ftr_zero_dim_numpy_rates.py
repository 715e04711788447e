"""Optimizer hyper-parameters given as 0-d numpy arrays (learning rate, weight decay, momentum): a number to the
Python updates and to the single-weight operators, refused by the fused kernels' rate lists."""
# recorded on AVX2
import warnings

import mxnet as mx
from mxnet import nd
import numpy as np

warnings.simplefilter("ignore")
NAMES = ["sgd", "adam", "nag", "rmsprop", "adagrad", "lamb", "signum", "ftml", "ftrl", "sgld", "adadelta", "adamax",
         "nadam", "dcasgd", "lars"]


def message(e):
    lines = str(e).split("\n")
    return lines[2] if lines[0].startswith("Traceback") else lines[0]


for name in NAMES:
    for key in ("learning_rate", "wd", "momentum"):
        if key == "momentum" and name not in ("sgd", "nag", "signum", "dcasgd", "lars"):
            continue
        mx.random.seed(0)
        opt = mx.optimizer.create(name, **{key: np.array(0.1 if key != "momentum" else 0.9)})
        w = nd.array([1.0, -2.0])
        try:
            updater = mx.optimizer.get_updater(opt)
            for _ in range(2):
                updater(0, nd.array([0.5, 0.25]), w)
            print(name, key, "ok", w.asnumpy().tolist())
        except Exception as e:
            print(name, key, type(e).__name__, message(e))

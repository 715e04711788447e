"""Optimizer steps (mx.optimizer.get_updater) on dense and row_sparse weights with dense and row_sparse gradients:
LARS on a row_sparse weight takes MXNet's per-weight path (its rate from the float32 norms, as a float64 number)."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _sparse_show import show
from _words import words

nd = mx.nd
rs = np.random.RandomState(7)
W = np.round(rs.randn(3, 4), 3)
G = np.round(rs.randn(3, 4), 3) * (rs.rand(3, 1) > 0.4)
OPTIMIZERS = ("sgd", "lars", "lamb", "adam", "adagrad", "ftrl", "rmsprop", "nag", "signum", "adamax", "nadam")
SETTINGS = ({}, {"wd": 0.1}, {"rescale_grad": 2.0, "clip_gradient": 0.5}, {"wd": 0.1, "lazy_update": False})

for name in OPTIMIZERS:
    for settings in SETTINGS:
        for dtype in ("float32", "float64"):
            for wst, gst in (("row_sparse", "default"), ("row_sparse", "row_sparse"), ("default", "row_sparse")):
                label = f"{name} {settings} {dtype} weight={wst} grad={gst}"
                try:
                    kw = dict(settings)
                    if "lazy_update" in kw and name not in ("sgd", "adam", "lars", "nag", "signum"):
                        kw.pop("lazy_update")
                    updater = mx.optimizer.get_updater(mx.optimizer.create(name, learning_rate=0.1, **kw))
                    w = nd.array(W, dtype=dtype).tostype(wst)
                    for step in (1, 2):
                        updater(0, nd.array(G * step, dtype=dtype).tostype(gst), w)
                    print(label, "->", show(w))
                except Exception as e:
                    print(label, "->", words(e))

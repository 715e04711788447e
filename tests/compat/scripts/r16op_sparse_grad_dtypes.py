"""row_sparse gradients through every optimizer, with wd, clipping and rescaling, on float32, float64 and float16
(multi_precision) weights, dense and row_sparse: values after three steps, or the check that refuses them."""
import warnings

warnings.simplefilter("ignore")
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def show(x):
    if isinstance(x, (tuple, list)):
        return [show(v) for v in x]
    if x is None:
        return None
    return [round(v, 4) for v in x.tostype("default").asnumpy().astype("float64").ravel().tolist()]


OPTIMIZERS = [("sgd", {"momentum": 0.9}), ("sgd", {"lazy_update": False}), ("nag", {"momentum": 0.9}), ("adam", {}),
              ("adagrad", {}), ("rmsprop", {}), ("adadelta", {}), ("ftrl", {}), ("ftml", {}), ("signum", {}),
              ("lamb", {}), ("dcasgd", {}), ("groupadagrad", {})]
w0 = np.array([[0.5, -1.5], [2.0, 0.0], [3.0, -0.25], [1.0, 1.0]])
for name, kw in OPTIMIZERS:
    for extra in [{}, {"wd": 0.1}, {"clip_gradient": 0.5, "rescale_grad": 2.0}]:
        for dtype in ["float32", "float64", "float16"]:
            for weight_stype in ["default", "row_sparse"]:
                args = dict(kw, **extra, multi_precision=dtype == "float16")
                try:
                    opt = mx.optimizer.create(name, learning_rate=0.1, **args)
                    weight = nd.array(w0, dtype=dtype).tostype(weight_stype)
                    state = opt.create_state_multi_precision(0, weight)
                    for i, rows in enumerate([[0, 2], [1], [0, 3]]):
                        grad = nd.sparse.row_sparse_array((np.ones((len(rows), 2)) * (i + 1), rows), shape=(4, 2),
                                                          dtype=dtype)
                        opt.update_multi_precision(0, weight, grad, state)
                    print(name, args, dtype, weight_stype, show(weight), show(state))
                except Exception as e:
                    print(name, args, dtype, weight_stype, words(e))

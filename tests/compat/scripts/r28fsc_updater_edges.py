"""Updater and optimizer-state edges: sparse DCASGD states, a single index with lists, mx.np arrays refused."""
# recorded on AVX2
import numpy as np

import mxnet as mx
from _words import words


def show(x):
    if x is None:
        return "None"
    if isinstance(x, (tuple, list)):
        return "(" + ", ".join(show(y) for y in x) + ")"
    return "%s:%s%s" % (x.stype, x.dtype.__name__, np.round(x.asnumpy().astype("float64"), 6).tolist())


for momentum in (0.0, 0.5):
    for stype in ("default", "row_sparse"):
        opt = mx.optimizer.create("dcasgd", learning_rate=0.1, momentum=momentum, wd=0.01)
        weight = mx.nd.array(np.arange(12).reshape(4, 3) / 7.0 - 0.5).tostype(stype)
        grad = mx.nd.sparse.row_sparse_array((np.ones((2, 3)) * [[0.3], [-0.7]], [0, 2]), shape=(4, 3),
                                           dtype="float32")
        state = opt.create_state_multi_precision(0, weight)
        print("dcasgd", momentum, stype, "state", show(state))
        for step in range(2):
            try:
                opt.update_multi_precision(0, weight, grad, state)
                print("  step", step, show(weight), show(state))
            except Exception as e:      # (MXNet tests a many-element momentum's truth value)
                print("  step", step, words(e))

for name in ("sgd", "adam", "nag", "signum", "adagrad", "dcasgd", "test"):
    updater = mx.optimizer.get_updater(mx.optimizer.create(name, learning_rate=0.1))
    weights = [mx.nd.array([1.0, 2.0]), mx.nd.array([3.0, 4.0])]
    grads = [mx.nd.array([0.5, -0.5]), mx.nd.array([0.25, 0.25])]
    updater(0, grads[0], weights[0])
    for label, index in (("one index, lists", 0), ("new index, lists", 5)):
        try:
            updater(index, grads, weights)
            print(name, label, show(weights))
        except Exception as e:
            print(name, label, words(e))
    for label, call in (("np weight", lambda: updater(1, mx.np.array([1.0]), mx.np.array([2.0]))),
                        ("np grad", lambda: updater(1, mx.np.array([1.0, 1.0]), weights[1]))):
        try:
            call()
            print(name, label, show(weights))
        except Exception as e:
            print(name, label, words(e))

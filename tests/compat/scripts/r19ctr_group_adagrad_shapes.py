"""group_adagrad_update infers its shapes (the gradient shaped as the weight, a history row per weight row)
before it refuses a dense gradient on CPU, and updates in place with a row_sparse one."""
import numpy as np

import mxnet as mx
from mxnet import nd
from _words import words

for w, g, h in [((2, 2), (2, 2), (2, 1)), ((2, 2), (3, 2), (2, 1)), ((2, 2), (2, 3), (2, 1)), ((2, 2), (2,), (2, 1)),
                ((2, 2), (2, 2), (3, 1)), ((2, 2), (2, 2), (2, 5)), ((2, 2), (2, 2), (3,)), ((2, 2), (2, 2), (1, 1, 1))]:
    for sparse in [False, True]:
        weight, history = nd.ones(w), nd.ones(h)
        grad = nd.array(np.arange(int(np.prod(g))).reshape(g) / 4)
        grad = grad.tostype("row_sparse") if sparse else grad
        try:
            nd.contrib.group_adagrad_update(weight, grad, history, lr=0.1, out=weight)
            shown = np.round(weight.asnumpy().astype(np.float64), 4).tolist()
        except Exception as e:
            shown = words(e)
        print(w, g, h, "sparse" if sparse else "dense", "->", shown)
try:
    nd.contrib.group_adagrad_update(nd.ones((2, 2)), nd.ones((2, 2)), nd.ones((3, 1)), lr=0.1, epsilon=0.5, clip_gradient=2.0, rescale_grad=0.5)
except Exception as e:
    print(repr(str(e).split("MXNetError: ")[-1]))

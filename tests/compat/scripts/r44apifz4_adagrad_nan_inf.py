"""AdaGrad keeps the NaN MXNet keeps where two NaNs meet (dense rule and sparse kernel), and its row_sparse kernel, which has no decay term, leaves an infinite weight infinite."""
import itertools
import warnings
import numpy as np
import mxnet as mx

warnings.simplefilter("ignore")
nan = np.float32(np.nan)
values = [nan, -nan, np.float32(1.0), np.float32(-0.5), np.float32(np.inf)]
combos = list(itertools.product(values, repeat=3))      # weight, first gradient, second gradient
for size in (1, 3, 8, 17, 40, len(combos)):
    picked = [combos[(11 * i) % len(combos)] for i in range(size)]
    for sparse, kwargs in ((False, {}), (False, {"wd": 0.1}), (True, {}), (False, {"wd": 0.1, "clip_gradient": 1.0}),
                           (True, {"clip_gradient": 1.0})):
        opt = mx.optimizer.AdaGrad(learning_rate=0.1, rescale_grad=0.5, **kwargs)
        updater = mx.optimizer.get_updater(opt)
        weight = mx.nd.array([[c[0]] for c in picked])
        for step in (1, 2):
            grad = mx.nd.array([[c[step]] for c in picked])
            updater(0, grad.tostype("row_sparse") if sparse else grad, weight)
        history = updater.states[0]
        print(size, sparse, kwargs, weight.asnumpy().ravel()[:12].tolist(), weight.asnumpy().view(np.uint32).ravel()[:12].tolist(),
              history.asnumpy().view(np.uint32).ravel()[:12].tolist())

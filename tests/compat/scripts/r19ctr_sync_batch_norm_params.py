"""SyncBatchNorm's kernel checks the sizes of gamma, beta and the moving statistics in MXNet's order,
raised when the result is read: predicting pairs them before broadcasting, training broadcasts gamma and beta."""
import numpy as np

import mxnet as mx
from mxnet import nd, autograd
from _words import words

data = nd.array(np.random.RandomState(5).randn(2, 3, 2, 2))
for sizes in [(3, 3, 3, 3), (2, 3, 3, 3), (3, 2, 3, 3), (3, 3, 2, 3), (3, 3, 3, 2), (4, 3, 3, 3), (2, 2, 2, 2), (2, 3, 3, 1),
              (3, 2, 3, 1), (2, 4, 3, 3), (3, 3, 5, 2),
              (3, 3, 5, 1)]:
    for mode in ["predict", "train", "global stats"]:
        for fix_gamma in [True, False]:
            params = [nd.ones((n,)) for n in sizes]
            key = f"r19ctr_{sizes}_{mode}_{fix_gamma}"
            with autograd.record(train_mode=mode != "predict"):
                out = nd.contrib.SyncBatchNorm(data, *params, key=key, fix_gamma=fix_gamma,
                                               use_global_stats=mode == "global stats")
            try:
                shown = np.round(out.asnumpy().astype(np.float64), 4).ravel()[:4].tolist()
            except Exception as e:
                shown = words(e)
            print(sizes, mode, fix_gamma, "->", shown)

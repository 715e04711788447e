"""Inputs of the hawkesll cases, shared by the test and its MXNet fixture maker."""
import numpy as np


def cases():
    """A list of (inputs, output gradient) pairs: lda, alpha, beta, state, lags, marks, valid_length, max_time."""
    rng = np.random.RandomState(0)
    out = []
    for i in range(12):
        n, k, t = (rng.randint(1, 5), rng.randint(1, 4), rng.randint(1, 12)) if i < 10 else (20, 11, 15)
        dtype = np.float64 if i % 5 == 4 else np.float32
        lags = rng.exponential(1, (n, t)).round(2)
        inputs = [rng.uniform(0.5, 3, (n, k)), rng.uniform(0.05, 0.9, k), rng.uniform(0.5, 3, k),
                  rng.uniform(0, 2, (n, k)), lags, rng.randint(0, k, (n, t)), rng.randint(0, t + 1, n),
                  lags.sum(1) + rng.uniform(0, 3, n)]
        inputs = [x.astype(np.int32 if j == 5 else dtype) for j, x in enumerate(inputs)]
        out.append((inputs, rng.uniform(-1, 2, n).astype(dtype)))
    return out

"""Inputs of the contrib optimizer-op cases, shared by the test and its MXNet fixture maker."""
import numpy as np

LAMB_ATTRS = [dict(beta1=0.8, beta2=0.99, epsilon=1e-5, rescale_grad=0.5, bias_correction=True),
              dict(beta1=0.8, beta2=0.99, epsilon=1e-5, rescale_grad=0.5, bias_correction=False, clip_gradient=0.3,
                   lower_bound=0.5, upper_bound=2.0),
              dict(beta1=0.9, beta2=0.999, epsilon=1e-6, bias_correction=False)]
ADAGRAD_ATTRS = [dict(lr=0.3), dict(lr=0.1, rescale_grad=0.7, clip_gradient=1.5, epsilon=1e-5)]


def lamb_case(i, mixed_precision):
    """Weights, grads, means, vars, step counts, lrs and wds of multi-tensor LAMB case ``i``."""
    rng = np.random.RandomState(10 * i + mixed_precision)
    shapes = [(3, 4), (17,), (2, 3, 5)][:1 + i % 3]
    dtype = np.float16 if mixed_precision else np.float32
    weights = [rng.randn(*s).astype(dtype) for s in shapes]
    grads = [rng.randn(*s).astype(dtype) for s in shapes]
    means = [(rng.rand(*s) * 0.1).astype(np.float32) for s in shapes]
    variances = [(rng.rand(*s) * 0.01).astype(np.float32) for s in shapes]
    n = len(shapes)
    return weights, grads, means, variances, [3, 1, 7][:n], [0.1, 0.05, 0.2][:n], [0.01, 0.0, 0.1][:n]


def adagrad_case(i):
    """Weight, row_sparse gradient (dense values, stored rows) and history of group_adagrad case ``i``."""
    rng = np.random.RandomState(100 + i)
    return (rng.randn(6, 37).astype(np.float32), rng.randn(6, 37).astype(np.float32), np.array([1, 4], np.int64),
            rng.rand(6, 1).astype(np.float32))

"""test_utils' sampler checks: chi_square_check and verify_generator are scipy's test (ImportError without scipy, before any argument check); mean_check and var_check run on numpy."""
import numpy as np

import mxnet as mx
from mxnet import test_utils as tu


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__, str(e))


np.random.seed(0)
mx.random.seed(0)
normal = lambda n: np.random.normal(size=n)
buckets, probs = tu.gen_buckets_probs_with_ppf(lambda p: p, 4)
print("buckets", buckets, probs)
attempt("chi continuous", lambda: tu.chi_square_check(normal, [(-1, 0), (0, 1)], [0.5, 0.5], nsamples=1000))
attempt("chi discrete", lambda: tu.chi_square_check(lambda n: np.random.randint(0, 2, n), [0, 1], [0.5, 0.5], 100))
attempt("chi tuple buckets", lambda: tu.chi_square_check(normal, ((-1, 0),), [1.0], 10))
attempt("chi probs mismatch", lambda: tu.chi_square_check(normal, [0, 1], [1.0], 10))
attempt("verify", lambda: tu.verify_generator(normal, [(-1, 0), (0, 1)], [0.5, 0.5], nsamples=1000, nrepeat=2))
attempt("verify nrepeat 0", lambda: tu.verify_generator(normal, [0, 1], [0.5, 0.5], nrepeat=0))
attempt("mean", lambda: tu.mean_check(normal, 0, 1, nsamples=1000))
attempt("mean off", lambda: tu.mean_check(lambda n: np.random.normal(3, 1, size=n), 0, 1, nsamples=1000))
attempt("var", lambda: tu.var_check(normal, 1, nsamples=1000))
attempt("var off", lambda: tu.var_check(lambda n: np.random.normal(0, 3, size=n), 1, nsamples=1000))

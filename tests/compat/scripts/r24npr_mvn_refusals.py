"""mx.np.random.multivariate_normal refusing mismatched, 0-d and mixed-type parameters and an array size as MXNet's
Custom operator does: its callback's error printed, then the failed check of the callback."""
# recorded on AVX2
import contextlib
import io
import mxnet as mx
from _words import words

np = mx.np
R = np.random


def attempt(label, fn):
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):       # a callback's traceback names source files: not compared
        try:
            r = fn()
            r.asnumpy()
            result = (r.dtype, r.shape)
        except Exception as e:      # noqa: BLE001
            result = words(e)
    lines = printed.getvalue().splitlines()
    print(label, "->", result)
    if lines:
        print("  printed:", lines[:1], [line for line in lines if line.split(":")[0].endswith("Error")][-1:])


for label, mean, cov in [("3 vs 2", np.zeros(3), np.eye(2)), ("0-d mean", np.array(0.0), np.eye(2)),
                         ("float64 mean", np.zeros(2, dtype="float64"), np.eye(2)),
                         ("float64 cov", np.zeros(2), np.eye(2, dtype="float64")),
                         ("both wrong", np.zeros(3, dtype="float64"), np.eye(2)),
                         ("batch", np.zeros((4, 2)), np.eye(2)), ("list", [0.0, 0.0], np.eye(2)),
                         ("legacy", mx.nd.zeros(2), np.eye(2))]:
    attempt(label, lambda: R.multivariate_normal(mean, cov))
for size in [np.array([2]), -1, (2, -3), 3, (2, 2)]:
    attempt(f"size={size}", lambda: R.multivariate_normal(np.zeros(2), np.eye(2), size=size))

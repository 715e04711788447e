"""np.linalg.norm's axis forms (None, an int or a tuple), ord as text or bool, and the inf norms of empty vectors."""
import numpy as onp
import mxnet as mx
np = mx.np
mx.npx.set_np()

a = np.arange(6).reshape(2, 3)


def run(label, make):
    try:
        r = make()
        print(label, r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:      # the error class is part of the behaviour
        print(label, type(e).__name__)


for axis in [1, -1, (0, 1), (1, 0), 1.0, [0, 1], onp.int64(1), "1", True, (0, 1.0), (True,)]:
    run(f"axis={axis!r}", lambda: np.linalg.norm(a, axis=axis))
    run(f"inf text axis={axis!r}", lambda: np.linalg.norm(a, ord="inf", axis=axis))
for ord in ["fro", "f", "nuc", "inf", "-inf", "abc", "FRO", True, 1, -1, onp.inf, -onp.inf]:
    run(f"ord={ord!r}", lambda: np.linalg.norm(a, ord=ord))
    run(f"vector ord={ord!r}", lambda: np.linalg.norm(a[0], ord=ord))
for ord in [onp.inf, -onp.inf, 1, 0]:
    run(f"empty vector ord={ord!r}", lambda: np.linalg.norm(np.zeros((0,)), ord=ord))

"""np.linspace hands a tuple start or stop (and linspace, logspace and arange a range, dict or set) to its parser as text, refused as no double; lists and arrays are refused by its front end, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
import numpy as onp
from mxnet import np, npx
npx.set_np()
for fn in [np.linspace, np.logspace]:
    for p, q in [((1, 2), 3), (1, (2,)), ((), 2), (1, range(2)), (onp.float32(1), 2), (1, [2]), (1, onp.array(2.)), (1, {1: 2}), (1, {2})]:
        try:
            print(fn.__name__, repr(p), repr(q), fn(p, q, 3))
        except Exception as e:
            print(fn.__name__, repr(p), repr(q), type(e).__name__, str(e).strip().splitlines()[-1][:200])
for args in [((1, 2),), (1, (2,)), ([1],), (1, [5]), (range(2),), (0, 5, (1,)), (0, 5, [1]), ({1},), (0, {3: 1}), (onp.array([1, 2]),), ('3',), (0, '5', '2')]:
    try:
        print(repr(args), np.arange(*args))
    except Exception as e:
        print(repr(args), type(e).__name__, str(e).strip().splitlines()[-1][:200])

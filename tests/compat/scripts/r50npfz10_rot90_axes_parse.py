"""np.rot90 parses its axes (a Shape or None, as text: a string of a tuple reads, an array's text or a float does not) before k, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
import numpy as onp
from mxnet import np, npx
npx.set_np()
a = np.array([[1., 2, 3], [4, 5, 6]])
for ax in [2.5, np.array(1), '1', '(0, 1)', '0,1', np.array([0, 1]), onp.array([0, 1]), [0, 1], (0,), (0, 1, 2), None, 1, True, (0.5, 1), ('0', 1), (1, 1), (0, 5), [1, 0]]:
    for k in [1, 2.5, '2', True]:
        try:
            print(repr(ax), repr(k), np.rot90(a, k=k, axes=ax).tolist())
        except Exception as e:
            print(repr(ax), repr(k), type(e).__name__, str(e).strip().splitlines()[-1][:200])

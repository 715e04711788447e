"""np.random.multinomial refuses a NumPy array pvals in its front end before the parser reads n, and a NumPy scalar pvals with Python's own TypeError, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
import numpy as onp
from mxnet import np, npx
npx.set_np()
for n, pv in [(3, onp.array([0.5, 0.5])), ('x', onp.array([0.5, 0.5])), (3, onp.array(0.5)), (3, onp.float64(0.5)), (3, [0.5, 0.5])]:
    mx.random.seed(2)
    try:
        print(repr(n), repr(pv), np.random.multinomial(n, pv, size=2).tolist())
    except Exception as e:
        print(repr(n), repr(pv), type(e).__name__, str(e).strip().splitlines()[-1][:160])

"""mx.np functions MXNet computes natively or through NumPy: results, dtypes and the errors it raises."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx

npx.set_np()
x = np.array([1., 3., 2., 7.])
i = np.array([1, 3, 3, 0], dtype='int32')
m = np.arange(6).reshape(2, 3)
cases = ["np.isclose(x, x)", "np.allclose(x, x + 1e-9)", "np.diff(x)", "np.diff(m, axis=0)", "np.ediff1d(x)",
         "np.nan_to_num(np.array([onp.nan, onp.inf, 1.]))", "np.percentile(x, 50)", "np.percentile(x, [25, 75])",
         "np.quantile(x, 0.5)", "np.bincount(i)", "np.insert(x, 1, 5.)", "np.delete(x, 1)", "np.flatnonzero(x > 2)",
         "np.argwhere(m > 2)", "np.ptp(x)", "np.histogram(x, bins=2)", "np.polyval(x, 2.)", "np.trapz(x)",
         "np.nanmax(x)", "np.lexsort((x, x))", "np.union1d(x, x)", "np.sometrue(x)", "np.product(x)",
         "np.hanning(5)", "np.hamming(5)", "np.blackman(5)", "np.may_share_memory(x, x)", "np.shape(m)", "np.ndim(m)",
         "np.take_along_axis(m, np.array([[0], [1]]), 1)", "np.real(x)", "np.searchsorted(x[:3], 2.5)"]
for case in cases:
    try:
        r = eval(case)
        print(case, '->', repr(r), type(r).__name__)
    except Exception as e:  # noqa: BLE001
        print(case, '!!', type(e).__name__)

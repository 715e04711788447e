"""np.unique (values only) of arrays holding NaN: MXNet gives just NaN when the first element is NaN, else the
sorted values without their NaNs."""
import numpy as onp
from mxnet import np, npx
npx.set_np()

nan = onp.nan
rs = onp.random.RandomState(3)
cases = [[1., nan, 2., nan, 1.], [nan, 1., 2.], [1., 2., nan], [nan, nan], [3., nan, 1., nan, nan, 2.], [1., nan],
         [2., 1., nan, 3.], [nan, 2., 2., 1.], [3., -onp.inf, nan, onp.inf], [nan], [1., nan, nan]]
for _ in range(25):
    n = rs.randint(2, 30)
    v = rs.randint(0, 6, size=n).astype(float)
    v[rs.rand(n) < 0.25] = nan
    cases.append(v.tolist())
for c in cases:
    print(c, np.unique(np.array(c)).asnumpy().tolist())
for dtype in ("float16", "float64"):
    print(dtype, np.unique(np.array([2., nan, 1.], dtype=dtype)).asnumpy().tolist(),
          np.unique(np.array([nan, 1., 2.], dtype=dtype)).asnumpy().tolist())
print(np.unique(np.array([[1., nan], [2., 1.]])).asnumpy().tolist(),
      np.unique(np.array([[nan, 1.], [2., 1.]])).asnumpy().tolist())

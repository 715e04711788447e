"""np.percentile and np.quantile check their axes as MXNet's reductions do: a 0-d array takes one axis only, and duplicate axes are refused before an axis out of range."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
for fn in ['percentile', 'quantile']:
    q = 50 if fn == 'percentile' else 0.5
    for shape in [(), (2,), (2, 3), (0,)]:
        for axis in [(0, 1), (-1, 0), (1, 1), (0, 0), (2,), (-1, 1)]:
            try:
                r = getattr(np, fn)(np.ones(shape), q, axis=axis)
                print(fn, shape, axis, r.shape)
            except mx.base.MXNetError as e:
                print(fn, shape, axis, ' | '.join(str(e).strip().splitlines()))

"""An mx.np function given None for its array names the operator that finds its input missing (repeat, _np_reshape, expand_dims, _npi_percentile, _npi_full_like, _npi_broadcast_to), as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()
for name, f in [('repeat', lambda: np.repeat(None, 2)), ('reshape', lambda: np.reshape(None, -1)),
                ('expand_dims', lambda: np.expand_dims(None, 0)), ('percentile', lambda: np.percentile(None, 50)),
                ('quantile', lambda: np.quantile(None, 0.5)), ('full_like', lambda: np.full_like(None, 2)),
                ('broadcast_to', lambda: np.broadcast_to(None, (2, 3))), ('sort', lambda: np.sort(None)),
                ('roll', lambda: np.roll(None, 1))]:
    try:
        print(name, f())
    except (mx.base.MXNetError, AssertionError, TypeError) as e:
        print(name, type(e).__name__, str(e).strip().splitlines()[-1][:200])

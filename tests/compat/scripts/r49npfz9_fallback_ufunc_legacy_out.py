"""mx.np functions MXNet runs with NumPy (signbit, spacing, heaviside, float_power, ...) given a legacy NDArray as out= fail NumPy's way (TypeError: return arrays must be of ArrayType), as MXNet does."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()
a = np.array([1.0, -2.0, 0.0])
for fn in ['signbit', 'fabs', 'spacing', 'frexp', 'modf', 'isnan', 'isposinf', 'nan_to_num', 'fmod', 'copysign', 'heaviside', 'nextafter', 'float_power', 'logaddexp2', 'isneginf', 'conjugate']:
    for o in ['nd', 'np', 'onp', 'npint']:
        out = {'nd': lambda: mx.nd.zeros((3,)), 'np': lambda: np.zeros((3,)), 'onp': lambda: onp.zeros(3), 'npint': lambda: np.zeros((3,), dtype='int32')}[o]()
        f = getattr(np, fn, None)
        if f is None: print(fn, 'missing'); break
        try:
            args = (a, a) if fn in ('fmod', 'copysign', 'heaviside', 'nextafter', 'float_power', 'logaddexp2') else (a,)
            r = f(*args, out=out)
            print(fn, o, type(r).__name__, r is out, getattr(r, 'dtype', None))
        except Exception as e: print(fn, o, type(e).__name__, str(e).strip().splitlines()[-1][:100])

"""NumPy fallback ufuncs on mx.np arrays of types they have no loop for raise NumPy 1.23's UFuncTypeError words (dtype classes as numpy.dtype[...])."""
import numpy as onp
import mxnet as mx

np = mx.np
for name in ('positive', 'spacing', 'frexp', 'modf', 'signbit', 'heaviside', 'float_power', 'fmod', 'logaddexp'):
    for dt in ('bool', 'int8', 'uint8', 'int32', 'int64', 'float16'):
        a = np.array(onp.array([1, 0, 1]), dtype=dt)
        try:
            fn = getattr(np, name, None) or getattr(onp, name)
            r = fn(a) if fn.nin == 1 else fn(a, a)
            print(name, dt, [x.dtype for x in r] if isinstance(r, tuple) else r.dtype)
        except (TypeError, ValueError) as e:
            print(name, dt, type(e).__name__, e)

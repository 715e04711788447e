"""mx.np.random samplers refuse a dtype MXNet has no type for (int16, uint32, complex64, object) as any non-float one, in the dtype parser's words naming the operator's call; beta refuses it as astype does, with a KeyError of the numpy type, as MXNet does."""
# recorded on AMD AVX2
import numpy as onp

import mxnet as mx
from mxnet import np, npx

npx.set_np()
R = np.random
for d in ['int16', onp.uint32, 'complex64', 'object', 'int32', 'bool', 'uint16', 'h']:
    for name, f in [('uniform', lambda: R.uniform(size=2, dtype=d)), ('uniform arr', lambda: R.uniform(np.zeros(2), 1, dtype=d)),
                    ('normal', lambda: R.normal(size=(), dtype=d)), ('gamma', lambda: R.gamma(1., size=2, dtype=d)),
                    ('beta', lambda: R.beta(1., 2., size=2, dtype=d)), ('randn', lambda: R.randn(2, dtype=d)),
                    ('lognormal', lambda: R.lognormal(size=2, dtype=d)), ('chisquare', lambda: R.chisquare(2., size=2, dtype=d))]:
        try:
            r = f()
            print(name, d, r.dtype, r.shape)
        except (mx.base.MXNetError, KeyError, TypeError) as e:
            print(name, d, type(e).__name__, str(e).strip().splitlines()[-1][:300])

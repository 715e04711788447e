"""np.eye reads its dtype (NumPy's TypeError for an unknown name, then its parser's refusal of a type it lacks) before its N, M and k, as MXNet's parser does."""
import mxnet as mx
import numpy as onp
from mxnet import np, npx
npx.set_np()

for args, kw in [((3,), dict(k='k')), ((3,), dict(k='1.0')), ((3,), dict(k=1.5)), ((3,), dict(k=True)), ((3,), dict(k=None)),
                 ((3,), dict(k=(1,))), ((3,), dict(k='1')), ((3,), dict(k=onp.int64(1))), (('a',), {}), ((2.5,), {}),
                 ((2, 'b'), {}), ((-1,), {}), ((2, -1), {}), ((np.ones((2,)),), {}), ((2,), dict(ctx='bad')), ((3, 2, 1), {})]:
    for dt in ['float32', 'uint16', 'bool', 'foo', None]:
        try:
            r = np.eye(*args, dtype=dt, **kw)
            print(args, kw, dt, r.shape, r.dtype, r.asnumpy().ravel().tolist())
        except Exception as e:
            print(args, kw, dt, type(e).__name__, str(e).split('\n')[-1])

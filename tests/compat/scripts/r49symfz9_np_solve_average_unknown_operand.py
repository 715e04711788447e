"""mx.sym.np.linalg.solve and mx.sym.np.average with a known first operand and a second (B, the weights) of unknown rank fail their shape functions (solve checking A's rank, then B's against it; average checking its axes, then the weights for a vector), as MXNet does."""
import re

import mxnet as mx

mx.npx.set_np()


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n')[-1][:300])


a, b = mx.sym.var('a').as_np_ndarray(), mx.sym.var('b').as_np_ndarray()
S = mx.sym.np
makers = [('solve', lambda: S.linalg.solve(a, b)), ('avg w', lambda: S.average(a, axis=0, weights=b)),
          ('avg w none', lambda: S.average(a, weights=b)),
          ('avg w ret', lambda: S.average(a, axis=1, weights=b, returned=True)[0]),
          ('tensorsolve', lambda: S.linalg.tensorsolve(a, b))]
given = [dict(a=(3, 3)), dict(b=(3,)), dict(b=(3, 2)), dict(a=(3, 3), b=(3,)), dict(a=(2, 3, 3)), dict(a=(3,)), dict(),
         dict(a=(4,), b=(4,)), dict(a=(2, 3), b=(3,))]
for name, mk in makers:
    for kw in given:
        show(f'{name} {kw}', lambda: mk().infer_shape_partial(**kw))

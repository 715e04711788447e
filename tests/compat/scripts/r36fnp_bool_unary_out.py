"""mx.np math functions on a bool array with out= (another array or the input itself) return that out, which fails when read at the kernel line MXNet names."""
import mxnet as mx
import numpy as onp
np = mx.np
mx.npx.set_np()
x = np.array(onp.array([[1, 0, 1], [0, 1, 1]]), dtype='bool')
for name in ['abs', 'exp', 'log', 'sqrt', 'sin', 'negative', 'square', 'floor', 'sign', 'reciprocal', 'tanh', 'cbrt', 'rint', 'degrees', 'fabs', 'expm1', 'arcsin', 'trunc']:
    for form in ('new', 'out', 'self'):
        y = x.copy()
        o = np.zeros((2, 3), dtype='bool')
        try:
            r = getattr(np, name)(y) if form == 'new' else getattr(np, name)(y, out=o if form == 'out' else y)
            same = r is (o if form == 'out' else y)
            print(name, form, same, r.asnumpy().ravel().tolist())
        except Exception as e:
            print(name, form, type(e).__name__, repr(str(e).strip())[:160])

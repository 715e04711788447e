"""mx.np reductions given keepdims (and other boolean attributes) as 1/0/'true': results, and refusals of later attributes naming the given text."""
import mxnet as mx

a = mx.np.array([[1., 2, 3], [4, 5, 6]])
cases = [("std", dict(ddof=1.5, keepdims=1)), ("var", dict(ddof='x', keepdims=0)), ("sum", dict(axis=1.5, keepdims=1)),
         ("mean", dict(axis='a', keepdims=1)), ("max", dict(axis=1.5, keepdims=0)), ("std", dict(axis=1.5, keepdims=1)),
         ("prod", dict(axis=1.5, keepdims=1)), ("sum", dict(axis=1.5, keepdims=True)), ("sum", dict(axis=1.5, keepdims=0)),
         ("all", dict(axis=1.5, keepdims=1)), ("min", dict(axis=1.5, keepdims='true')), ("amax", dict(axis=1.5, keepdims='0')),
         ("percentile", dict(q=50, axis=1.5, keepdims=1)), ("mean", dict(dtype='foo', keepdims=1)),
         ("sum", dict(axis=1, keepdims=1)), ("mean", dict(axis=0, keepdims=0)), ("std", dict(axis=1, keepdims=1)),
         ("var", dict(axis=0, keepdims='true')), ("max", dict(axis=1, keepdims=1)), ("prod", dict(keepdims=1)),
         ("any", dict(axis=0, keepdims=1)), ("percentile", dict(q=50, axis=1, keepdims=1)),
         ("linalg.norm", dict(axis=1, keepdims=1)), ("unique", dict(return_index=1, return_counts=0))]
for name, kw in cases:
    try:
        f = mx.np
        for p in name.split('.'):
            f = getattr(f, p)
        r = f(a, **kw)
        for x in (r if isinstance(r, tuple) else (r,)):
            print(name, kw, x.shape, x.dtype, x)
    except Exception as e:
        print(name, kw, type(e).__name__, str(e).splitlines()[-1][:400])
print(mx.np.linspace(0, 1, 4, endpoint=0))

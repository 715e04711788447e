"""np.cumsum refusals list its attributes as MXNet does: with an unknown keyword, in the order of the NDArray call's attribute map (unknown keywords first, then axis and dtype); dtype only when given."""
import mxnet as mx
np = mx.np
x = np.array([[1., 2], [3, 4]])
cases = [((0, 'float64'), dict(bogus=2)), ((), dict(axis=0, dtype='float64', bogus=2)), ((), dict(dtype='float64', axis=0, bogus=2)),
         ((0,), dict(dtype='float64', bogus=2)), ((), dict(bogus=2, axis=0, dtype='float64')), ((), dict(axis=1.5, dtype='float64')),
         ((1.5, 'float64'), {}), ((0,), dict(keepdims=True)), ((), dict(keepdims=False, axis=None, where=True)),
         ((None, None, None), dict(bogus=1)), ((), dict(axis=0, bogus=1, dtype='float32'))]
for a, kw in cases:
    try:
        np.cumsum(x, *a, **kw)
        print(a, kw, "ok")
    except Exception as e:
        t = str(e)
        print(a, kw, type(e).__name__, t[t.find(", in operator"):].strip()[:120] if "in operator" in t else t.splitlines()[0][:120])
for a, kw in [((0,), dict(dtype="float64", where=True)), ((), dict(axis=1, dtype="float64", foo=3)), ((1, "float64"), dict(foo=3)), ((1.5, None), {}), ((), dict(axis=0, dtype=None, foo=1)), ((None, "float32"), dict(foo=1))]:
    try:
        np.cumsum(x, *a, **kw)
    except Exception as e:
        t = str(e); print(a, kw, t[t.find(", in operator"):].strip())

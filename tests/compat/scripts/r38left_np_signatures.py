"""inspect.signature of every mx.np / np.linalg / np.random / npx function (ufuncs' **kwargs, reductions' none)."""
import inspect
import types

import mxnet as mx

# (NumPy's own functions, which mx.np hands on: their signatures are those of the NumPy installed)
NUMPY_OWN = {"histogram2d", "histogramdd", "in1d", "isin"}
for modname in ("np", "np.linalg", "np.random", "npx", "npx.random"):
    module = eval("mx." + modname)
    for name in sorted(dir(module)):
        f = getattr(module, name)
        if name.startswith("_") or name in NUMPY_OWN or isinstance(f, (types.ModuleType, type)) or not callable(f):
            continue
        try:
            shown = str(inspect.signature(f))
        except ValueError:
            shown = "ValueError"
        print(modname, name, shown)
x, y = mx.np.array([1., 2.]), mx.np.array([3., 4.])
for call in (lambda: mx.np.exp(x, where=True), lambda: mx.np.add(x, y, foo=1), lambda: mx.np.matmul(a=x, b=y),
             lambda: mx.np.matmul(x1=x, x2=y), lambda: mx.np.hamming(4), lambda: mx.np.hamming(4, dtype=None),
             lambda: mx.np.random.multinomial(3, [0.5, 0.5], foo=1), lambda: mx.np.mirr(1, 2),
             lambda: mx.np.copy(x, foo=1), lambda: mx.np.sum(a=x, keepdims=True), lambda: mx.np.max(x, foo=1)):
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, str(e)[:120])

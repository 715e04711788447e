"""mx.np.multiarray and mx.np.fallback list MXNet's names: multiarray the mx.np functions MXNet defines there (not those
of its generated operator module), its imports and nd helpers; fallback its NumPy-run functions, onp, NumPy's nan
reductions and pmt, none of distnet's helpers."""
import mxnet as mx
import numpy as onp

M, F = mx.np.multiarray, mx.np.fallback
names = [n for n in dir(M) if not n.startswith("_")]
print(len(names), names)
print([n for n in dir(F) if not n.startswith("_")])
print(M.add is mx.np.add, M.abs is mx.np.abs, M.round is mx.np.round, M.fallback is F, M.from_numpy is mx.nd.from_numpy,
      M.set_module is mx.util.set_module, M.py_slice is slice, M.native_array.__name__, M.Context is mx.Context)
print(abs(-2), round(2.5), divmod(7, 2), M.abs(mx.np.array([-1.5, 2.0])))
print(F.nansum is onp.nansum, F.nanstd is onp.nanstd, F.onp is onp, hasattr(mx.np, "pmt"), hasattr(mx.np, "nansum"))
for call in [lambda: F.pmt(0.1, 10, 100), lambda: M.sum, lambda: M.nothing]:
    try:
        call()
    except (RuntimeError, AttributeError) as e:
        print(type(e).__name__, e)

"""mx.np functions MXNet runs on NumPy 1.23 (cov, corrcoef, polyint, histogramdd) fail in NumPy 1.23's words, as MXNet's do."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def T(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "ERR", type(e).__name__, str(e))

A = np.arange(1., 7.).reshape(2, 3) / 3
V = np.arange(1., 5.)
for n in ['cov', 'corrcoef', 'polyint', 'histogramdd']:
    for lab, args in [('AA', (A, A)), ('VV', (V, V)), ('A2', (A, 2)), ('V1', (V, 1))]:
        T(f'{n} {lab}', lambda: getattr(np, n)(*args))

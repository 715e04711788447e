"""mx.np linalg.norm over a negative axis past the first (or any order of a 0-d array) fails at the legacy reduction's axis check, printed with its source line, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
def E(label, f):
    try:
        r = f(); print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, repr(str(e))[:400])
a = np.ones((2, 3))
for ax in [-5, -3, 2, 3, (-5,), (2,)]:
    for o in [None, 1, 2, 3, 0, -1, float('inf')]:
        for kd in [False, True]:
            E(f'norm {ax} {o} {kd}', lambda: np.linalg.norm(a, ord=o, axis=ax, keepdims=kd))
v = np.ones(3)
for ax in [-3, -2, 1, 2]:
    E(f'vnorm {ax}', lambda: np.linalg.norm(v, axis=ax))
    E(f'vnorm kd {ax}', lambda: np.linalg.norm(v, axis=ax, keepdims=True))
s = np.array(2.)
for o in [None, 1, 2, 'fro']:
    E(f'snorm {o}', lambda: np.linalg.norm(s, ord=o))

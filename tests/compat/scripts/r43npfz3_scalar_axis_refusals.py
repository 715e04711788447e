"""A 0-d mx.np array squeezed or reduced along an axis other than 0 or -1 fails at MXNet's checks, printed with their source lines."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
def E(label, f):
    try:
        r = f(); print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))
s = np.array(1.)
for ax in [-2, 1, 2, (0, 0), (0, 1), (1,), [0], (-1,)]:
    E(f'squeeze {ax}', lambda: np.squeeze(s, ax))
    E(f'sum {ax}', lambda: np.sum(s, axis=ax))
    E(f'max {ax}', lambda: np.max(s, axis=ax))
    E(f'mean {ax}', lambda: np.mean(s, axis=ax))
    E(f'all {ax}', lambda: np.all(s, axis=ax))
    E(f'std {ax}', lambda: np.std(s, axis=ax))
    E(f'argmax {ax}', lambda: np.argmax(s, axis=ax))
    E(f'cumsum {ax}', lambda: np.cumsum(s, axis=ax))
    E(f'expand {ax}', lambda: np.expand_dims(s, ax))
    E(f'flip {ax}', lambda: np.flip(s, ax))
    E(f'm_squeeze {ax}', lambda: s.squeeze(ax))

"""Matrix norms of bool arrays (1, -1, inf, -inf over an axis pair, a stack of matrices too) keep the bool dtype, as
MXNet's kernel sums a bool matrix in bool; integer matrices keep theirs."""
# recorded on AVX2
from mxnet import np, npx

from _words import words

npx.set_np()
for dt in ['bool', 'int8', 'int32']:
    for data in [[[True, False, False, True]], [[True, False], [True, True]], [[[False, False]], [[True, False]]]]:
        b = np.array(data, dtype=dt)
        for o in [1, -1, np.inf, -np.inf, 'inf']:
            for ax in [None, (0, 1), (-1, -2)]:
                try:
                    r = np.linalg.norm(b, ord=o, axis=ax)
                    print(dt, b.shape, o, ax, r.dtype, r.shape, r.tolist())
                except Exception as e:  # noqa: BLE001
                    print(dt, b.shape, o, ax, words(e))

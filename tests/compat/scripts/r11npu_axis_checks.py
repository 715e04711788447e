"""mx.np sort/argsort name a bad axis in MXNet's words, repeat refuses negative repeats first, and flip of an empty array skips its axis checks."""
import mxnet as mx

mx.npx.set_np()
np = mx.np

A = np.arange(24).reshape(2, 3, 4)
Z = np.zeros((0, 3))
S = np.array(5.0)
CASES = [
    ("sort(A, axis=-5)", lambda: np.sort(A, axis=-5)),
    ("sort(A, axis=3)", lambda: np.sort(A, axis=3)),
    ("argsort(A, axis=-4)", lambda: np.argsort(A, axis=-4)),
    ("argsort(Z, axis=2)", lambda: np.argsort(Z, axis=2)),
    ("sort(S, axis=-1)", lambda: np.sort(S, axis=-1)),
    ("argsort(S, axis=1)", lambda: np.argsort(S, axis=1)),
    ("A.sort(axis=4)", lambda: A.sort(axis=4)),
    ("sort(A, axis=-1)", lambda: np.sort(-A, axis=-1)),
    ("repeat(Z, -1, axis=7)", lambda: np.repeat(Z, -1, axis=7)),
    ("repeat(A, -2)", lambda: np.repeat(A, -2)),
    ("repeat(S, -1)", lambda: np.repeat(S, -1)),
    ("flip(Z, (0, 5))", lambda: np.flip(Z, (0, 5))),
    ("flip(Z, -1)", lambda: np.flip(Z, -1)),
    ("flip(zeros((2, 0)), -3)", lambda: np.flip(np.zeros((2, 0)), -3)),
    ("flip(A, (0, 5))", lambda: np.flip(A, (0, 5))),
    ("flip(A, (5, -1))", lambda: np.flip(A, (5, -1))),
    ("flip(A, (0, 2))", lambda: np.flip(A, (0, 2))),
]
for label, fn in CASES:
    try:
        out = fn()
        print(f"{label}: {out.dtype} {out.shape} {out.reshape(-1)[:6].tolist()}")
    except mx.MXNetError as err:
        line = [ln for ln in str(err).splitlines() if "Check failed" in ln][0]
        print(f"{label}: MXNetError: {line.replace('MXNetError: ', '').split(' (flip counts')[0]}")

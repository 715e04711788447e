"""np.linalg.svd and the 2 / -2 / nuclear matrix norms bit for bit (LAPACK gesvd's both paths, scaled, edge and batched matrices)."""
# recorded on AVX2
import hashlib

import mxnet as mx
import numpy as np

np.random.seed(0)


def digest(x):
    return hashlib.md5(np.nan_to_num(x.asnumpy(), nan=7.0).tobytes()).hexdigest()[:12]     # (NaN's sign aside)


def hexes(x):
    return " ".join(float(t).hex() for t in x.asnumpy().ravel())


shapes = [(1, 1), (1, 5), (2, 2), (2, 4), (3, 3), (3, 5), (4, 4), (4, 7), (5, 8), (6, 6), (7, 12), (8, 8), (9, 14),
          (12, 12), (16, 16), (6, 30)]
for dt in ("float32", "float64"):
    for shape in shapes:
        x = mx.np.array(np.random.uniform(-1, 1, shape), dtype=dt)
        ut, l, v = mx.np.linalg.svd(x)
        print(dt, shape, hexes(l), digest(ut), digest(v))

cases = {
    "eye": np.eye(3), "diagonal": np.diag([3., -1., 2., 0.5]), "zero_row": np.array([[1., 2., 3.], [0., 0., 0.], [4., 5., 6.]]),
    "repeated_rows": np.array([[1., 2., 3., 4.], [1., 2., 3., 4.], [0.5, -1, 2, 0]]), "counting": np.arange(12.).reshape(3, 4),
    "one_negative": np.array([[-2.5]]), "one_row": np.array([[0., 0., -3., 4.]]), "zeros": np.zeros((2, 3)),
    "bidiagonal": np.diag([1., 2., 3., 4.]) + np.diag([1., 1., 1.], 1), "rank_one": np.outer([1., 2., 3.], [1., -1., 2., 0.5, 3.]),
    "clustered": np.eye(3) + 1e-9 * np.random.uniform(-1, 1, (3, 3)),
    "tiny": np.random.uniform(-1, 1, (3, 4)) * 1e-30, "huge": np.random.uniform(-1, 1, (3, 3)) * 1e30,
    "tinier": np.random.uniform(-1, 1, (2, 3)) * 1e-150, "huger": np.random.uniform(-1, 1, (3, 3)) * 1e200,
}
for dt in ("float32", "float64"):
    for name, a in cases.items():
        if dt == "float32" and name == "huger":     # (infinite in float32)
            continue
        x = mx.np.array(a, dtype=dt)
        ut, l, v = mx.np.linalg.svd(x)
        print(dt, name, hexes(l), digest(ut), digest(v))
    b = mx.np.array(np.random.uniform(-1, 1, (2, 3, 3, 5)), dtype=dt)
    ut, l, v = mx.np.linalg.svd(b)
    print(dt, "stack", digest(ut), digest(l), digest(v))
    for o in (2, -2, "nuc"):
        print(dt, "norm", o, hexes(mx.np.linalg.norm(b, ord=o, axis=(2, 3))), hexes(mx.np.linalg.norm(b, ord=o, axis=(1, -1))),
              hexes(mx.np.linalg.norm(b[0, 0], ord=o)))

rng = np.random.RandomState(12)        # QR iterations in both directions, zero shifts, splits and 2x2 blocks
hard = {"graded_rows": rng.uniform(-1, 1, (5, 7)) * np.ldexp(1.0, rng.randint(-20, 20, (5, 1))),   # (exact scalings)
        "graded_columns": rng.uniform(-1, 1, (4, 9)) * np.ldexp(1.0, np.arange(-27, 0, 3)),
        "low_rank": rng.uniform(-1, 1, (6, 2)) @ rng.uniform(-1, 1, (2, 8)),
        "small_integers": rng.randint(-3, 4, (7, 10)).astype(float),
        "nearly_diagonal": np.eye(5, 6) * 1.5 + 1e-7 * rng.uniform(-1, 1, (5, 6))}
for dt in ("float32", "float64"):
    for name, a in hard.items():
        x = mx.np.array(a, dtype=dt)
        ut, l, v = mx.np.linalg.svd(x)
        print(dt, name, hexes(l), digest(ut), digest(v), digest(mx.np.linalg.pinv(x)))

for dt in ("float32", "float64"):       # non-finite entries: NaN results, or LAPACK giving up (its info in the error)
    for shape, at, value in [((1, 1), (0, 0), np.nan), ((1, 4), (0, 2), np.nan), ((2, 2), (0, 1), np.nan),
                             ((3, 3), (1, 1), np.inf), ((3, 5), (2, 4), np.nan), ((4, 4), (0, 0), -np.inf),
                             ((5, 12), (3, 3), np.nan), ((2, 7), (1, 1), np.inf)]:
        a = np.random.uniform(-1, 1, shape)
        a[at] = value
        x = mx.np.array(a, dtype=dt)
        try:
            ut, l, v = mx.np.linalg.svd(x)
            print(dt, shape, hexes(l), digest(ut), digest(v))
        except mx.base.MXNetError as e:
            print(dt, shape, str(e).strip().splitlines()[-1])
        try:
            print(dt, shape, "norm", hexes(mx.np.linalg.norm(x, ord=-2)))
        except mx.base.MXNetError as e:
            print(dt, shape, "norm", str(e).strip().splitlines()[-1])

"""np.linalg.norm of float16 arrays: the whole-array (and two-axis) reduction finishes scale * sqrt(ssq) in float,
a one-axis norm in float16; float32/float64 alongside."""
import numpy as onp
from mxnet import np, npx
npx.set_np()

rs = onp.random.RandomState(0)
for dtype in ("float16", "float32", "float64"):
    for shape in [(4,), (7,), (16,), (33,), (3, 4), (5, 6), (2, 3, 4)]:
        for _ in range(3):
            a = np.array(rs.uniform(-3, 3, size=shape).astype(dtype), dtype=dtype)
            flat = a.reshape(-1)
            r = [np.linalg.norm(a), np.linalg.norm(a, keepdims=True).reshape(-1)[0], np.linalg.norm(flat, axis=0),
                 np.linalg.norm(flat, 2), np.linalg.norm(flat.reshape(1, -1), axis=1)[0]]
            if a.ndim == 2:
                r += [np.linalg.norm(a, axis=(0, 1)), np.linalg.norm(a, "fro")]
            r += list(np.linalg.norm(a, axis=-1).reshape(-1)[:3])
            print(dtype, shape, " ".join(repr(float(v.item())) for v in r))

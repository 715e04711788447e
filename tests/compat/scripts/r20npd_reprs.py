"""repr, str and format of mx.np arrays of every dtype: 0-d, empty, summarised, tiny, huge and non-finite values."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx

npx.set_np()
DT = ["bool", "int8", "uint8", "int32", "int64", "float16", "float32", "float64"]
VALUES = {"neg": [-1, -2, 3, -4, 5, -6], "frac": [0.5, 1.25, -2.125, 3.0, 1e-3, 100.5],
          "tiny": [1e-10, 2e-8, 3e-5, 1.0, 0.0, -1e-12], "huge": [1e20, -3e10, 2.5e8, 1.0, 7e15, 0.0],
          "nonfinite": [float("nan"), float("inf"), -float("inf"), 1.0, -0.0, 0.0]}


def made(dt, values, shape):
    v = onp.array(values, dtype="float64")
    if dt not in ("float16", "float32", "float64"):
        v = onp.nan_to_num(v, nan=0, posinf=1, neginf=-1)
    with onp.errstate(all="ignore"):
        v = v.astype(dt)
    return np.array(onp.resize(v, int(onp.prod(shape))).reshape(shape), dtype=dt)


for dt in DT:
    print("==", dt)
    for name, values in VALUES.items():
        for shape in [(), (2, 3)]:
            x = made(dt, values, shape)
            print(name, shape, repr(x), "|", str(x))
    for shape in [(0,), (2, 0)]:
        print("empty", shape, repr(np.zeros(shape, dtype=dt)), "|", str(np.zeros(shape, dtype=dt)))
    print(repr(np.array(onp.arange(1200) % 100, dtype=dt)))
    print(str(np.array(onp.arange(2000).reshape(2, 1000) % 100, dtype=dt)))
    x0, x1 = made(dt, [3], ()), made(dt, [3, 4], (2,))
    print(f"format: [{x0}] [{x0:>6}] [{x1}] %s %r" % (x0, x1), str([x0, x1]))
    for spec in [".2f", "d"]:
        try:
            print(spec, format(x0, spec))
        except Exception as e:
            print(spec, type(e).__name__, e)
    try:
        print("1-d spec", format(x1, ".2f"))
    except Exception as e:
        print("1-d spec", type(e).__name__, e)
for options in [dict(precision=2), dict(threshold=5), dict(suppress=True), dict(precision=3, linewidth=30)]:
    try:
        np.set_printoptions(**options)
        print(options, repr(made("float32", VALUES["tiny"] + VALUES["frac"], (12,))))
    except Exception as e:
        print(options, type(e).__name__, e)
    finally:
        onp.set_printoptions(precision=8, threshold=1000)
print(repr(np.ones((2,), ctx=mx.cpu(1))), str(np.ones((2,), ctx=mx.cpu(1))), repr(np.ones((), ctx=mx.cpu(1))))

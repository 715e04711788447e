# mx.np arrays without NumPy shape semantics: text values (that read as numbers) and None into a float array
# fail in MXNet's fill operator, as do empty index arrays for reads and writes; with npx.set_np() they work.
import numpy as np
import mxnet as mx

for mode in ("legacy", "numpy"):
    if mode == "numpy":
        mx.npx.set_np()
    for key in (0, slice(None), (0, 1), [0, 1], mx.np.array([1, 0], dtype="int32"),
                mx.np.array([1, 0, 1], dtype="bool")):
        for value in ("3", None, 3, True, np.float64(2), "abc", b"3"):
            for dtype in ("float32", "int32"):
                a = mx.np.arange(12, dtype=dtype).reshape(3, 4)
                try:
                    a[key] = value
                    print(mode, key, repr(value), dtype, a.asnumpy().tolist()[0][:2])
                except Exception as e:
                    print(mode, key, repr(value), dtype, "error", type(e).__name__)
    for key in ([], np.array([], dtype=np.int64), mx.np.array([], dtype="int32")):
        a = mx.np.arange(12).reshape(3, 4)
        try:
            print(mode, "get", key, a[key].shape)
        except Exception as e:
            print(mode, "get", key, "error", type(e).__name__)
        try:
            a[key] = 1
            print(mode, "set", key, float(a.sum()))
        except Exception as e:
            print(mode, "set", key, "error", type(e).__name__)

"""mx.np functions over every dtype (float16/32/64, int8, uint8, int32, int64, bool): results, result dtypes and
refusals of rounding, predicates, statistics, joins, bincount and the range creators."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def attempt(label, fn):
    try:
        r = fn()
        mx.nd.waitall()
        if isinstance(r, (list, tuple)):
            print(label, "->", [(str(x.dtype), x.shape, x.tolist()) for x in r])
        else:
            print(label, "->", r.dtype, r.shape, r.tolist())
    except Exception as e:
        print(label, "->", words(e).splitlines()[0])


DT = ["float16", "float32", "float64", "int8", "uint8", "int32", "int64", "bool"]
for dtype in DT:
    x = (np.arange(6).reshape(2, 3) % 3).astype(dtype)
    v = (np.arange(6) % 3).astype(dtype)
    attempt(f"bincount 2-d {dtype}", lambda: np.bincount(x))
    if dtype != "bool":     # (MXNet's words for a bool array made by astype differ from a literal one's)
        attempt(f"bincount {dtype}", lambda: np.bincount(v))
    for name in ["fix", "rint", "trunc", "around", "isnan", "isinf", "isfinite", "nan_to_num", "sign", "ediff1d",
                 "flatnonzero", "count_nonzero", "tril", "diag", "unique", "flip"]:
        attempt(f"{name} {dtype}", lambda: getattr(np, name)(x))
    attempt(f"concatenate {dtype}+float32", lambda: np.concatenate([x, x.astype("float32")]))
    attempt(f"append {dtype}+int32", lambda: np.append(x, x.astype("int32")))
    for fn in ["linspace", "logspace"]:
        attempt(f"{fn} {dtype}", lambda: getattr(np, fn)(0, 2, 3, dtype=dtype))
    attempt(f"indices {dtype}", lambda: np.indices((2, 2), dtype=dtype))
    attempt(f"hanning {dtype}", lambda: np.hanning(3, dtype=dtype))

"""Numbers written through keys as MXNet's operators read them: big and numpy integers, numpy floats and bools, by partial slices, whole-array fills, index arrays and masks (legacy and mx.np)."""
import numpy as onp
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def written(make, dtype, key, value):
    x = make(onp.ones((3, 2)), dtype=dtype)
    x[key] = value
    return [repr(v) for v in x.asnumpy().ravel().tolist()]


values = [2**40, 2**53 + 1, 2**63, 2**64 + 1, 2**70, -2**63 - 1, onp.uint64(2**64 - 1), onp.int64(2**62 + 1),
          onp.int32(-7), onp.uint8(200), onp.float32(0.1), onp.float16(0.3), 1e300, -0.0, float("nan"),
          onp.bool_(True), onp.bool_(False), True, onp.str_("2")]
for mode in ["nd", "np"]:
    if mode == "np":
        mx.npx.set_np()
    make = mx.nd.array if mode == "nd" else mx.np.array
    keys = [1, slice(0, 2), slice(None), Ellipsis, (0, 0), [0, 2], ([0, 1], [1, 0]), (slice(None), [0])]
    if mode == "np":
        keys.append(mx.np.array([True, False, True], dtype="bool"))
    for dtype in ["int64", "int32", "uint8", "float16", "float32", "float64"]:
        for key in keys:
            for value in values:
                attempt(f"{mode} {dtype} [{key!r}] = {value!r}", lambda: written(make, dtype, key, value))

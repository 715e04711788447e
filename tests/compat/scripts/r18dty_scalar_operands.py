"""Numbers of unusual types as operands, fill values and bounds across the dtypes: integers past 64 bits (which
MXNet's float parser wraps), numpy scalars of every kind, and the refusals of values its parser cannot read."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:
        print(label, "->", words(e))


VALUES = {"float16": [-2.5, 0.5, 3.75], "float64": [-2.5, 0.5, 3.75], "uint8": [0, 100, 255],
          "int64": [-7, 2, 3000000000], "bool": [1, 0, 1]}
SCALARS = [2 ** 70, -2 ** 70, 2 ** 64 + 3, 2 ** 63, -2 ** 31 - 1, np.uint64(5), np.uint32(7), np.int16(-3),
           np.complex64(1 + 2j), np.bool_(True), np.float16(0.1), 1e-45, 1e39, -0.0, 256, -129]
for dt, vals in VALUES.items():
    for s in SCALARS:
        label = f"{dt} {type(s).__name__}({s!r})"
        attempt(f"{label} +", lambda: nd.array(vals, dtype=dt) + s)
        attempt(f"{label} ==", lambda: nd.array(vals, dtype=dt) == s)
        attempt(f"{label} full", lambda: nd.full((2,), s, dtype=dt))
        attempt(f"{label} clip", lambda: nd.clip(nd.array(vals, dtype=dt), 0, s))
        attempt(f"{label} method clip", lambda: nd.array(vals, dtype=dt).clip(0, s))

"""mx.np functions refuse NumPy operands naming the array classes as MXNet prints them."""
import numpy as onp

import mxnet as mx

mx.npx.set_np()
np = mx.np

x = np.array([[1.0, 2.0], [3.0, 4.0]])
CASES = [
    ("onp.int64(3) >= x", lambda: onp.int64(3) >= x),
    ("onp.array([1.0, 2.0]) + x", lambda: onp.array([1.0, 2.0]) + x),
    ("onp.float32(2) * x", lambda: onp.float32(2) * x),
    ("np.add(x, onp.ones(2))", lambda: np.add(x, onp.ones(2))),
    ("np.multiply(onp.ones(2), x)", lambda: np.multiply(onp.ones(2), x)),
    ("np.maximum(x, [1, 2])", lambda: np.maximum(x, [1, 2])),
    ("np.sin([1.0])", lambda: np.sin([1.0])),
    ("np.isnan([1.0])", lambda: np.isnan([1.0])),
]
for label, fn in CASES:
    try:
        print(f"{label}: {fn()}")
    except TypeError as err:
        print(f"{label}: TypeError: {err}")

for name in ("gcd", "fmax", "logical_and", "floor_divide", "left_shift"):
    try:
        getattr(np, name)
        print(f"np.{name}: present")
    except AttributeError as err:
        print(f"np.{name}: AttributeError: {err}")

"""np.outer, vdot, inner and tensordot refuse list, tuple, number and NumPy operands with the errors of MXNet's FFI (unknown type_code=14, the first entry it cannot convert, NumPy arrays after flatten)."""
import mxnet as mx
import numpy as onp

mx.npx.set_np()
np = mx.np


def last_line(e):
    return [line for line in str(e).split("\n") if line.strip()][-1]


a = np.array([1, 2, 3], dtype="float32")
operands = [[1, 2, 3], [1.0, 2.0, 3.0], [True, False, True], [[1, 2, 3]], [a], [], (1, 2, 3), ((1.5,),),
            onp.float64(2), onp.int32(3), onp.array(2.0), onp.array([1.0, 2.0, 3.0]), 3, 2.5]
for name in ("outer", "inner", "vdot", "tensordot"):
    for x in operands:
        for args in ((x, a), (a, x)):
            try:
                r = getattr(np, name)(*args)
                print(name, type(x).__name__, "result", r.shape)
            except Exception as e:
                print(name, type(x).__name__, type(e).__name__, last_line(e))

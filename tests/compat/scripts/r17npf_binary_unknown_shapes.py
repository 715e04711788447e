"""Binary mx.np functions given a 0-d or empty array without NumPy shape semantics: the operator their shape
inference names, and which refusal comes first (front end, shape, type)."""
import mxnet as mx
from mxnet import np
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape)
    except Exception as e:
        print(label, "->", words(e).splitlines()[0])


zero_d, empty = np.array(2, dtype="int32"), np.array([], dtype="int32")
vector = np.array([1, 2, 3], dtype="int64")
names = ["add", "subtract", "multiply", "divide", "true_divide", "mod", "remainder", "power", "maximum", "minimum",
         "hypot", "arctan2", "copysign", "ldexp", "equal", "not_equal", "less", "less_equal", "greater",
         "greater_equal", "bitwise_and", "bitwise_or", "bitwise_xor", "lcm"]
for name in names:
    fn = getattr(np, name)
    for label, args in [("0d,0d", (zero_d, zero_d)), ("0d,3", (zero_d, 3)), ("3,0d", (3, zero_d)),
                        ("empty,vec", (empty, vector)), ("vec,0d", (vector, zero_d))]:
        attempt(f"{name}({label})", lambda: fn(*args))
attempt("add legacy", lambda: np.add(zero_d, mx.nd.ones(3)))
attempt("add None", lambda: np.add(zero_d, None))
attempt("bitwise_and legacy", lambda: np.bitwise_and(np.ones(2, dtype="int32"), mx.nd.ones(3, dtype="int32")))
attempt("copysign legacy", lambda: np.copysign(np.ones(2), mx.nd.ones(3)))
attempt("add out 0d", lambda: np.add(vector, vector, out=np.array(2, dtype="int32")))
attempt("add out vec", lambda: np.add(zero_d, zero_d, out=np.zeros(2)))

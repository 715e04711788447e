"""A number operand as MXNet passes it: float() of it as a double (numpy scalars too), then the array's type
(C's conversion for integers: out of range is the lowest integer); a reversed op reads it once."""
import numpy as np
import mxnet as mx

nd = mx.nd


def show(label, r):
    print(label, r.dtype.__name__, r.asnumpy().tolist())


i8 = nd.array([0, 1, -1, 2, 127, -128], dtype="int8")
u8 = nd.array([0, 1, 2, 200, 255], dtype="uint8")
i64 = nd.array([0, 1, -1, 2**53 + 1], dtype="int64")
for s in (-2**31 - 1, 2**63 - 1, 2**40, 1e19, 256, -129):
    show(f"int8 + {s}", i8 + s)
    show(f"int8 == {s}", i8 == s)
    show(f"uint8 > {s}", u8 > s)
    show(f"int64 - {s}", i64 - s)
    show(f"maximum(int8, {s})", nd.maximum(i8, s))
f64 = nd.array([1.5, -2.0, 0.1, 7.25], dtype="float64")
f32 = nd.array([1.5, -2.0, 0.1, 7.25], dtype="float32")
for s in (np.float16(0.1), np.float32(1 / 3), 3.3e38, 1e300, 3.3e37):
    show(f"float64 + {s!r}", f64 + s)
    show(f"{s!r} - float64", s - f64)
    show(f"{s!r} / float64", s / f64)
    show(f"{s!r} % float64", s % f64)
for s in (2**40, 2**31, -2**63):
    show(f"float32 + {s}", f32 + s)
    show(f"float32 * {s}", f32 * s)
    show(f"{s} - float32", s - f32)
    show(f"{s} ** float32", s ** nd.array([0.5, 1.0], dtype="float32"))

# a bool array with a number computes in int64; two bool arrays and in-place updates are refused
b = nd.array([True, False, True], dtype="bool")
for label, fn in (("b + 1", lambda: b + 1), ("b * 2.5", lambda: b * 2.5), ("b == 1", lambda: b == 1), ("b / 2", lambda: b / 2),
                  ("-b", lambda: -b), ("2 / b", lambda: 2 / b), ("1 - b", lambda: 1 - b), ("add(b, 1)", lambda: nd.add(b, 1)),
                  ("_plus_scalar", lambda: nd._internal._plus_scalar(b, scalar=1)), ("b + b", lambda: b + b),
                  ("b == b", lambda: b == b), ("b += 1", lambda: b.__iadd__(1))):
    try:
        show(label, fn())
    except Exception as e:      # (MXNet raises lazily: show() reads the values inside the try)
        print(label, "error", type(e).__name__)

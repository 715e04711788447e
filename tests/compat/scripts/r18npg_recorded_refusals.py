"""mx.np functions MXNet records without a gradient (insert, delete: backward names the operator; bitwise ops and
comparisons: zero), copysign with a number (refused when recorded, naming its backward node), clip's check of
array bounds, full with an array value (differentiable) and writes into recorded arrays."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def grads(label, fn, *arrays, attach=None):
    try:
        for i, a in enumerate(arrays):
            if attach is None or i in attach:
                a.attach_grad()
        with mx.autograd.record():
            y = fn(*arrays)
        print(label, "recorded", y.shape)
        y.backward()
        print(label, [a.grad.tolist() for i, a in enumerate(arrays) if attach is None or i in attach])
    except Exception as e:
        print(label, words(e))


def x3():
    return np.array([1., 2., 3.])


i64 = np.array([0, 2], dtype="int64")
grads("insert int", lambda x: np.insert(x, 1, 5.), x3())
grads("insert int values", lambda x, v: np.insert(x, 1, v), x3(), np.array([7.]))
grads("insert values only", lambda x, v: np.insert(x, 1, v), x3(), np.array([7.]), attach=[1])
grads("insert slice", lambda x: np.insert(x, slice(0, 2), np.array([5.])), x3())
grads("insert tensor", lambda x: np.insert(x, i64, np.array([5.])), x3())
grads("insert 0-d tensor", lambda x: np.insert(x, np.array(1, dtype="int64"), 5.), x3())
grads("delete int", lambda x: np.delete(x, 1), x3())
grads("delete slice", lambda x: np.delete(x, slice(0, 2)), x3())
grads("delete tensor", lambda x: np.delete(x, i64), x3())
try:
    y = np.insert(x3(), slice(0, 2), 5.)
    print("insert number at several places", y.shape, y.dtype)
    print(y.tolist())
except Exception as e:
    print("insert number at several places", words(e))
grads("bitwise_and of masks", lambda x: (x > 1) & (x < 3), x3())
grads("bitwise_or of masks", lambda x: np.bitwise_or(x > 1, x < 3), x3())
grads("bitwise_xor with number", lambda x: np.bitwise_xor(x > 1, True), x3())
grads("logical_not", lambda x: np.logical_not(x > 1), x3())
grads("equal", lambda x: np.equal(x, 2.), x3())
x = x3()
x.attach_grad()
for k in range(3):
    try:
        with mx.autograd.record():
            z = x * 2
            y = np.copysign(z, 2.) if k != 1 else np.copysign(-2., z)
        print("copysign", k, y.tolist())
    except Exception as e:
        print("copysign", k, words(e))
grads("copysign arrays", lambda x, s: np.copysign(x, s), x3(), np.array([1., -1., 1.]))
grads("copysign unrecorded array", lambda x: x * np.copysign(np.array([1., 2., 3.]), -1.), x3())
for lo, hi in [("arr", "arr"), ("arr", 1.), (0., "arr"), (None, "arr")]:
    try:
        np.clip(x3(), np.zeros(3) if lo == "arr" else lo, np.ones(3) if hi == "arr" else hi)
    except Exception as e:
        print("clip", lo, hi, words(e).split(", in operator")[0])
for value, dtype in [([[1.], [2.]], None), ([1., 2.], None), (2., "float64"), (2., "int32")]:
    grads(f"full {value} {dtype}", lambda v: np.full((2, 2), v, dtype=dtype), np.array(value))

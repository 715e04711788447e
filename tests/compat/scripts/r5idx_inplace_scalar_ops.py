# Legacy NDArray operators: in-place forms take only NDArrays and numbers; a number goes to MXNet's kernels as
# float(number) in text (a NaN loses its sign, a complex its imaginary part); the remainder kernel's NaN signs;
# Python 2 names; bool and empty arrays in place; copyto's type check first.
import mxnet as mx
import numpy as np
import warnings

warnings.simplefilter("ignore")


def hexof(x):
    return x.asnumpy().tobytes().hex()


a = mx.nd.array([[-3, 0, 2], [5, -1, 7]])
for op in ["+=", "-=", "*=", "/=", "%=", "**="]:
    for label, value in [("numpy", np.array([1., 2., 3.])), ("list", [1, 2, 3]), ("None", None), ("str", "x"),
                         ("numpy scalar", np.float64(2)), ("bool", True)]:
        b = a.copy()
        try:
            exec("b %s value" % op)
            print(op, label, hexof(b))
        except Exception as e:
            print(op, label, "raises", type(e).__name__)

b = a.copy()
print("__idiv__", hexof(b.__idiv__(2)), b.__idiv__(2) is b)
for shape in [(1,), (2,), (1, 1)]:
    x = mx.nd.ones(shape)
    try:
        print("__nonzero__", shape, x.__nonzero__())
    except Exception as e:
        print("__nonzero__", shape, "raises", type(e).__name__)

x = mx.nd.array([1, 0, 1], dtype='bool')
y = x
x += mx.nd.array([1, 1, 0], dtype='bool')
print("bool += bool same object", x is y)
try:
    x.asnumpy()
except Exception as e:
    print("bool += bool read raises", type(e).__name__)
print("bool += bool then", x.asnumpy().tolist())

e = mx.nd.ones((3, 4))[0:0]
for op in ["+=", "/=", "*="]:
    try:
        exec("e %s 2" % op)
        print("empty", op, e.shape)
    except Exception as err:
        print("empty", op, "raises", type(err).__name__)

for dtype in ["float32", "float64", "float16"]:
    A = mx.nd.array([-3, 3, np.nan, -np.nan, np.inf, -np.inf, -5, 5], dtype=dtype)
    B = mx.nd.array([np.nan, np.nan, 2, -2, 2, -2, np.inf, -np.inf], dtype=dtype)
    print(dtype, "A % B", hexof(A % B))
    print(dtype, "A % nan", hexof(A % float("nan")), hexof(A % float("-nan")))
    print(dtype, "A % inf", hexof(A % float("inf")), hexof(A % float("-inf")))
    print(dtype, "A * -nan", hexof(A[0:2] * float("-nan")), hexof(A[0:2] - float("-nan")))
    print(dtype, "A - 2**64", hexof(A - 2 ** 64), hexof(A + np.uint64(2 ** 63)))
    print(dtype, "A + complex", hexof(A + np.complex64(1 + 2j)), hexof(A * np.complex128(2)))
    C = A.copy()
    C += float("-nan")
    print(dtype, "C += -nan", hexof(C[4:6]))

for shape in [(), (0,)]:
    z = mx.nd.ones((3,))[0:0] if shape else mx.nd.array(1)
    for target in [np.zeros(3), [1], mx.cpu()]:
        try:
            print("copyto", shape, type(target).__name__, z.copyto(target).shape)
        except Exception as err:
            print("copyto", shape, type(target).__name__, "raises", type(err).__name__)

"""mx.np.ndarray's operator methods carry their own names (ndarray.__add__, ...), which Python's TypeError shows for a call with too many arguments (pow(a, 2, 3))."""
from mxnet import np, npx
npx.set_np()

NAMES = ['__abs__', '__add__', '__and__', '__array_function__', '__array_ufunc__', '__div__', '__eq__', '__ge__', '__getitem__',
         '__gt__', '__iadd__', '__iand__', '__idiv__', '__imatmul__', '__imod__', '__imul__', '__invert__', '__ior__', '__isub__',
         '__itruediv__', '__ixor__', '__le__', '__lt__', '__matmul__', '__mod__', '__mul__', '__ne__', '__neg__', '__or__',
         '__pow__', '__rdiv__', '__rmatmul__', '__rmod__', '__rmul__', '__round__', '__rpow__', '__rsub__', '__rtruediv__',
         '__setitem__', '__sub__', '__truediv__', '__xor__']
for n in NAMES:
    f = getattr(np.ndarray, n)
    print(n, f.__qualname__, f.__name__)
a = np.array([1.5, 2.0])
for label, fn in [("pow3", lambda: pow(a, 2, 3)), ("add3", lambda: a.__add__(1, 2)), ("iadd0", lambda: a.__iadd__()),
                  ("rsub3", lambda: a.__rsub__(1, 2)), ("eq3", lambda: a.__eq__(1, 2)), ("neg1", lambda: a.__neg__(1))]:
    try:
        fn()
    except TypeError as e:
        print(label, e)

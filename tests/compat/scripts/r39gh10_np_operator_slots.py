"""mx.np.ndarray's operator methods as MXNet's: no __ipow__ (x **= y binds a new array), no __rand__/__rxor__ (1 & x is Python's TypeError), a declining __ror__; which dunders exist."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
names = ['__ipow__', '__irshift__', '__ilshift__', '__iand__', '__ior__', '__ixor__', '__imatmul__', '__rmatmul__',
         '__ifloordiv__', '__imod__', '__rpow__', '__rmod__', '__rfloordiv__', '__rtruediv__', '__pos__', '__invert__',
         '__round__', '__index__', '__complex__', '__lshift__', '__rshift__', '__and__', '__or__', '__xor__', '__rand__',
         '__ror__', '__rxor__', '__rlshift__', '__divmod__', '__rdivmod__']
print([n for n in names if hasattr(np.ndarray, n)])
for label, f in [('True & b', lambda: True & np.array([True, False])), ('3 ^ i', lambda: 3 ^ np.array([1, 2])),
                 ('3 | i', lambda: 3 | np.array([1, 2])), ('i | 3', lambda: np.array([1, 2]) | 3),
                 ('x.__ipow__', lambda: np.ones(2).__ipow__(2))]:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, str(e).strip().splitlines()[-1][:80])
x = np.array([2., 3.])
y = x
x **= 2
print(x, y, x is y)
i = np.array([2, 3])
i **= 2
print(i, i.dtype)

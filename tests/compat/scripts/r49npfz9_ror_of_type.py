"""mx.np.ndarray has no __ror__ of its own: the class's is its type's (``int | str``), so an array's raises AttributeError and ``3 | x`` is Python's TypeError, as MXNet's."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
a = np.array([1, 2], dtype='int32')
print(hasattr(np.ndarray, '__ror__'), hasattr(a, '__ror__'), '__ror__' in dir(a))
for label, f in [('a.__ror__(3)', lambda: a.__ror__(3)), ('3 | a', lambda: 3 | a), ('a | 3', lambda: a | 3),
                 ('True | b', lambda: True | np.array([True])), ('b | True', lambda: np.array([True]) | True)]:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, str(e).strip().splitlines()[-1][:90])

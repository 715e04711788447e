"""mx.np.ndarray has no __iter__ (as MXNet's): iteration goes through __getitem__, a 0-d array yields nothing, and a failed result splits by shape."""
# recorded on AVX2
import collections.abc
import mxnet as mx

np = mx.np
mx.npx.set_np()
a = np.arange(6).reshape(2, 3)
print(hasattr(a, '__iter__'), isinstance(a, collections.abc.Iterable), '__iter__' in dir(np.ndarray))
print(list(a), [x for x in np.arange(3)])
z = np.array(5)
print(type(iter(z)).__name__, list(z), list(np.zeros((0, 2))))
for call in (lambda: next(iter(z)), lambda: z.__iter__(), lambda: np.ones(2).__iter__()):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
failed = np.linalg.inv(np.ones((2, 2), dtype='float16'))
parts = list(failed)
print(len(parts), [p.shape for p in parts])
try:
    print(parts[0])
except mx.base.MXNetError as e:
    print('MXNetError', str(e).splitlines()[-1])
x, y = np.arange(2)
print(x, y, sum(np.arange(4)), [list(r) for r in np.ones((2, 2), dtype='int32')])

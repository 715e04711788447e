"""np.zeros converts its shape (Python's ValueError for a list holding a non-integer, the C API's refusal of a non-tuple) before its C API reads a dtype name it does not know, which it reads before a negative size, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

for shape in ['a', 2.5, np.ones((2,)), (-2,), (2, 'a'), [2, 1.5], True, (True, 2), (2,), -1, (-1, 2)]:
    for dt in ['foo', 'uint16', 5, 'float32', None, 'bool']:
        try:
            r = np.zeros(shape, dtype=dt)
            print(repr(shape), repr(dt), r.shape, r.dtype)
        except Exception as e:
            print(repr(shape), repr(dt), type(e).__name__, str(e).split('\n')[-1])

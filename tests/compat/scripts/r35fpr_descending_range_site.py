"""An empty descending range (arange, or a negative-step slice beside an index array) fails at the arange check's own line, as the ascending one does at its line."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd

for args in [(0, 1, -1), (3, 5, -2), (1, 1, -1), (1, 1, 1), (2, 1, 1), (0, 0, 0.5)]:
    try:
        print(args, nd.arange(*args).shape)
    except Exception as e:
        print(args, type(e).__name__, repr(str(e)))
x = nd.arange(16).reshape((2, 4, 2))
for index in [(None, nd.array([0, 1]), slice(-4, 1, -1)), (slice(-4, 1, -1), [0, 1]), (slice(2, 0), [1, 0]),
              (nd.array([0]), slice(1, 1)), (slice(None), nd.array([1]), slice(0, 2, -1))]:
    for array in (x, x.as_np_ndarray()):
        given = tuple(p.as_np_ndarray() if isinstance(p, nd.NDArray) and array is not x else p for p in index)
        try:
            print(type(array).__name__, array[given].shape)
        except Exception as e:
            print(type(array).__name__, type(e).__name__, repr(str(e)))
try:
    mx.sym.arange(0, 1, -1, name="r").infer_shape()
except Exception as e:
    text = str(e)
    cut = text.find("] ../")
    print("symbol", type(e).__name__, repr(text if cut < 0 else text[:text.find("[", 0, cut)] + text[cut + 2:]))

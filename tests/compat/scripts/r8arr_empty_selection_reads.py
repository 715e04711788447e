# Keys selecting no element of a non-empty legacy NDArray: MXNet's basic indexing reshapes the sliced result
# with its legacy reshape (a None before an empty axis fails there), and an index array beside an empty slice
# fails in its gather and scatter alike.
import mxnet as mx
from mxnet import nd

a = nd.arange(6).reshape((2, 3))
b = nd.arange(4)
cases = [("b", b, slice(1, 1)), ("b", b, (None, slice(1, 1))), ("b", b, (None, slice(1, 1, 2))),
         ("b", b, (slice(1, 1), None)), ("a", a, (slice(None), slice(1, 1))), ("a", a, (slice(1, 1), slice(None))),
         ("a", a, (None, slice(1, 1))), ("a", a, (0, slice(1, 1))), ("a", a, (slice(1, 1), 0)),
         ("a", a, (slice(1, 1), None, 0)), ("b", b, (Ellipsis, slice(2, 2))), ("a", a, ([0], slice(1, 1))),
         ("a", a, (slice(1, 1), [0])), ("a", a, (Ellipsis, [0], slice(2, 2))), ("a", a, ([0, 1], slice(None))),
         ("a", a, (nd.array([1]), slice(3, 1)))]
for tag, arr, key in cases:
    try:
        print(tag, key, "get", arr[key].shape)
    except Exception as e:
        print(tag, key, "get error", type(e).__name__)
    copy = arr.copy()
    try:
        copy[key] = 5
        print(tag, key, "set", copy.asnumpy().tolist())
    except Exception as e:
        print(tag, key, "set error", type(e).__name__)

# mx.np arrays without NumPy shape semantics: an integer key (or a tuple of integers) reads shape (1,) where
# NumPy gives a scalar, while keys with ... or index arrays read a 0-d array, as MXNet.
import mxnet as mx

a = mx.np.array([1, 2, 3, 4, 5], dtype="int32")
b = mx.np.arange(6).reshape(2, 3)
cases = [("a", a, 1), ("a", a, (1,)), ("a", a, (Ellipsis, 1)), ("a", a, (1, Ellipsis)), ("a", a, mx.np.array(1)),
         ("a", a, mx.np.array(1, dtype="int32")), ("b", b, (1, 2)), ("b", b, (Ellipsis, 1, 2)),
         ("b", b, (1, Ellipsis, 2)),
         ("b", b, (1, 2, None)), ("b", b, (1, mx.np.array(2))), ("b", b, (mx.np.array(1), mx.np.array(2))),
         ("b", b, ([1], 2)), ("b", b, (1, slice(1, 2))), ("b0", b[0], (None, 1))]
for tag, arr, key in cases:
    r = arr[key]
    print(tag, key, r.shape, r.asnumpy().tolist())

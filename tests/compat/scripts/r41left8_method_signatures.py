"""Signatures of mx.np.ndarray's methods (the array as ``self``) and of the sparse arrays' reshape and clip, with calls."""
import inspect

import mxnet as mx

for n in ("argmax", "argmin", "mean", "nonzero", "std", "swapaxes", "var", "sum", "max", "min", "prod", "cumsum",
          "transpose", "reshape", "squeeze", "repeat", "take", "clip", "round", "dot", "argsort", "sort", "flatten"):
    print("np.ndarray", n, inspect.signature(getattr(mx.np.ndarray, n)))
for cls in (mx.nd.sparse.CSRNDArray, mx.nd.sparse.RowSparseNDArray, mx.nd.NDArray):
    print(cls.__name__, inspect.signature(cls.reshape), inspect.signature(cls.clip))
x = mx.np.array([[1., 2], [3, 4]])
print(x.reshape(4), x.reshape((1, 4)).shape, x.mean(), x.std(axis=0), x.swapaxes(0, 1).shape, x.argmax(1))
for call in (lambda: x.swapaxes(0), lambda: x.reshape(), lambda: x.reshape(4, order="F"),
             lambda: mx.nd.sparse.zeros("csr", (2, 2)).reshape((4,)),
             lambda: mx.nd.array([[0, 2], [3, 0]]).tostype("csr").clip(0, 1)):
    try:
        r = call()
        print(type(r).__name__, r.stype, r.asnumpy().tolist())
    except Exception as e:      # noqa: BLE001
        print(type(e).__name__, e)

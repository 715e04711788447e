"""mx.np reductions with axis, keepdims and dtype options; MXNet's result dtypes and errors."""
import mxnet as mx
from mxnet import np, npx
import numpy as onp
npx.set_np()
def t(s):
    try:
        r = eval(s)
        print(s, '->', repr(r).replace('\n',''), type(r).__name__)
    except Exception as e:
        print(s, '!!', type(e).__name__)
x = np.arange(24).reshape(2, 3, 4); v = np.array([3., 1., 2.]); i = np.arange(6, dtype='int32').reshape(2, 3)
for s in ["np.sum(x, axis=-1)", "np.sum(x, axis=(0, -1), keepdims=True)", "np.sum(x, dtype='int32')", "np.sum(i, dtype='float64')",
          "np.mean(i, axis=0)", "np.mean(x, axis=(1, 2))", "np.max(x, axis=(0, 1))", "np.min(i, axis=-1, keepdims=True)",
          "np.prod(i + 1, axis=1)", "np.prod(i, dtype='float32')", "np.std(i, axis=1)", "np.var(v, ddof=1)", "np.std(x, axis=(0,2))",
          "np.argmin(x, axis=-1)", "np.argmax(v)", "np.cumsum(i, axis=-1)", "np.cumsum(i, axis=1, dtype='float32')",
          "np.all(i, axis=1)", "np.any(i > 4, axis=0, keepdims=True)", "np.count_nonzero(i)", "np.count_nonzero(x, axis=(0, 1))",
          "np.average(x, axis=(0, 1))", "np.average(v, weights=v)", "np.nonzero(i)", "np.amax(i)", "np.amin(v)",
          "np.sum(np.array([True, True]), dtype='bool')", "np.mean(np.array([1, 2], dtype='int8'), dtype='float64')",
          "np.max(np.array([], dtype='float32').reshape(0, 2), axis=0)", "np.sum(np.zeros((0, 2)), axis=0)", "np.mean(np.zeros((0,)))",
          "i.sum()", "i.mean(axis=1)", "i.max()", "i.prod()", "i.std()", "i.var()", "i.cumsum()", "i.argmax(1)", "i.any()", "i.all()",
          "i.sum(1, keepdims=True)", "x.mean((0, 1))", "v.clip(1.5, 2.5)", "v.round(1)", "i.nonzero()", "i.take(np.array([1, 2]))",
          "np.sum(v, initial=1.)", "np.sum([1, 2])", "np.sum(3)", "np.max([1, 2])", "np.mean(2.)",
          ]:
    t(s)

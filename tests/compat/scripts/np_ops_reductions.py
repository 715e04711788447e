"""mx.np reductions: the dtypes MXNet's sum/mean/prod/cumsum accept, duplicate and out-of-range axes, arg-functions
on empty arrays, and average's integer, empty and returned results."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
E = np.zeros((0, 3))
X = np.array([[1, 0, 3], [4, 5, 2]], dtype='int32')
F = np.array([[1, 0, 3], [4, 5, 2]], dtype='float32')
B = X > 2
U = np.array([1, 2], dtype='uint8')
for e in ["np.average(F, axis=1, returned=True)", "np.average(F, returned=True)", "np.average(-X, weights=X)",
          "np.average(X, axis=1)", "np.average(E)", "np.average(E, axis=0)", "np.average(F, axis=(0, 1))",
          "np.average(F, axis=1, weights=np.array([1., 2., 3.]), returned=True)",
          "np.average(F, axis=0, weights=np.array([1., 3.]), returned=True)", "np.average(F, weights=F, returned=True)",
          "np.average(X, axis=0, weights=np.array([1, 2], dtype='int32'))", "np.argmax(E, axis=1)",
          "np.argmin(np.zeros((2, 0, 3)), axis=2)", "np.argmax(np.zeros((2, 0, 3)), axis=1)", "np.argmax(E)",
          "np.argmax(F, axis=(0, 1))", "np.cumsum(F, axis=(0,))", "np.sum(F, axis=(1, 1))", "np.sum(F, axis=(1, -1))",
          "np.all(F, axis=2)", "np.any(F, axis=-3)", "np.sum(U)", "np.sum(U, dtype='int32')", "np.mean(U)", "np.prod(U)",
          "np.cumsum(U)", "np.cumsum(np.ones(()), axis=0)", "np.cumsum(np.ones(()))", "np.cumsum(np.ones(3), axis=1)"] + ["np.%s(%s, dtype=%r)" % (f, a, d) for f in ('sum', 'mean', 'prod', 'cumsum') for a in 'XFB'
                             for d in ('bool', 'int8', 'uint8', 'int32', 'int64', 'float16', 'float32', 'float64')]:
    try:
        print(e, '->', repr(eval(e)))
    except mx.MXNetError:
        print(e, '!! MXNetError')

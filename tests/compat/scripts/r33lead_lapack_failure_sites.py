"""LAPACK failures of potrf/potri print the source line of their float32 or float64 call, as MXNet's."""
# recorded on AVX2
import mxnet as mx


def show(f, x):
    try:
        print(f(x).asnumpy().tolist())
    except Exception as e:
        print(type(e).__name__, str(e))


not_pd = mx.nd.arange(8, dtype="float64").reshape((2, 2, 2)) / 3
for dtype in ("float64", "float32"):
    x = not_pd.astype(dtype)
    show(mx.nd.linalg.potri, x)
    show(mx.nd.linalg_potri, x)
    show(mx.nd.linalg.potrf, x)
    show(mx.nd.linalg.potrf, mx.nd.array([[1, 2], [2, 1]], dtype=dtype))
    show(lambda a: mx.np.linalg.cholesky(a.as_np_ndarray()), mx.nd.array([[1, 2], [2, 1]], dtype=dtype))
    sym = mx.sym.linalg.potrf(mx.sym.var("a"))
    show(lambda a: sym.eval(a=a)[0], x)
print(mx.nd.linalg.potri(mx.nd.array([[1, 2], [2, 1]])).asnumpy().tolist())

"""mx.np.random samplers given a size return that shape, reading broadcast parameters by their own strides (the first entry where the size has one), and compute in a half or integer parameter array's type."""
import mxnet as mx

mx.npx.set_np()


def grid(shape, start, dtype='float32'):
    return (mx.np.full(shape, start) + mx.np.arange(int(mx.np.prod(mx.np.array(shape)).item())).reshape(shape) * 0.25).astype(dtype)


calls = [
    lambda: mx.np.random.uniform(low=3, high=grid((2, 3), 1, 'float16'), size=(2, 1), dtype='float16'),
    lambda: mx.np.random.normal(grid((3,), 0, 'float64'), 0, size=(2, 1)),
    lambda: mx.np.random.normal(loc=0.0, scale=grid((2, 1), 1.0, 'float16'), size=(1, 1, 1, 1, 2), dtype='float64'),
    lambda: mx.np.random.gumbel(loc=grid((2, 3), 1, 'int32'), scale=2, size=1),
    lambda: mx.np.random.gumbel(grid((2, 1), 1), 2, size=1),
    lambda: mx.np.random.gumbel(grid((2, 1), 1, 'float16'), 2, size=(2, 2)),
    lambda: mx.np.random.logistic(loc=grid((1, 3), 0.0), scale=1.0, size=1),
    lambda: mx.np.random.logistic(grid((3,), 0.5, 'float16'), grid((3,), 1.0, 'float16')),
    lambda: mx.np.random.pareto(a=grid((2, 3), 3.5, 'int32'), size=1),
    lambda: mx.np.random.pareto(grid((2, 1), 3.5, 'float16'), size=[2, 2]),
    lambda: mx.np.random.power(grid((1,), 2.0, 'int32')),
    lambda: mx.np.random.power(grid((3,), 1.0, 'int32'), size=(2, 3)),
    lambda: mx.np.random.rayleigh(grid((2, 2), 1.0), size=(1, 2)),
    lambda: mx.np.random.weibull(grid((3,), 2.0), size=(2, 1)),
    lambda: mx.np.random.exponential(grid((2, 3), 1.0), size=(3,)),
    lambda: mx.np.random.gamma(mx.np.array(3, dtype='float16'), 1),
    lambda: mx.np.random.gamma(1.0, mx.np.array(1.0, dtype='float16'), size=1),
    lambda: mx.np.random.gamma(grid((2, 3), 2.0), 1.0, size=(1, 3)),
]
for i, call in enumerate(calls):
    mx.random.seed(i)
    try:
        out = call()
        print(i, out.dtype, out.shape, out.asnumpy().ravel().tolist())
    except Exception as e:
        print(i, type(e).__name__, str(e).split('\n')[0])

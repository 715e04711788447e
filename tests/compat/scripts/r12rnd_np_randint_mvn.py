"""np.random.randint checks low <= high in its kernel, failed empty samples keep their dtype and context, multivariate_normal keeps its parameters' type, and npx batch samplers refuse negative batch sizes."""
import mxnet as mx

mx.npx.set_np()


def show(label, call):
    try:
        r = call()
        print(label, r.dtype, r.shape, r.ctx, r.asnumpy().ravel().tolist()[:4])
    except Exception as e:
        text = [l for l in str(e).splitlines() if l.strip() and not l.startswith(' ')][-1]
        print(label, type(e).__name__, text.split('Check failed: ')[-1])


mx.random.seed(0)
show('randint empty', lambda: mx.np.random.randint(10, -1, size=(0,), dtype='int32'))
show('randint', lambda: mx.np.random.randint(10, -1, size=(2,), dtype='int32'))
show('randint wide empty', lambda: mx.np.random.randint(2 ** 40, 10, size=(2, 0)))
show('after', lambda: mx.np.random.randint(0, 10, size=(3,)))
show('normal empty', lambda: mx.np.random.normal(0, -1, size=(0,), ctx=mx.cpu(1), dtype='float64'))
show('gamma empty', lambda: mx.np.random.gamma(-1, 1, size=(0,), dtype='float64'))
show('exponential empty', lambda: mx.np.random.exponential(-1, size=(0,), ctx=mx.cpu(1)))
show('normal', lambda: mx.np.random.normal(0, 1, size=2))
show('normal', lambda: mx.np.random.normal(0, 1, size=2, dtype='float64'))
show('mvn half', lambda: mx.np.random.multivariate_normal(mx.np.zeros(2, dtype='float16'), mx.np.eye(2, dtype='float16')))
show('mvn double', lambda: mx.np.random.multivariate_normal(mx.np.zeros(2, dtype='float64'), mx.np.eye(2, dtype='float64'), size=3))
for batch_shape in (-1, (2, -1)):
    show('normal_n', lambda: mx.npx.random.normal_n(1, 2.0, batch_shape=batch_shape))
    show('uniform_n', lambda: mx.npx.random.uniform_n(1, 2.0, batch_shape=batch_shape))

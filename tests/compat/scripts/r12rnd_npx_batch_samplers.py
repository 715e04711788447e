"""npx.random.uniform_n/normal_n compute in their parameters' type (half, double) and check shapes before types, bernoulli checks prob against size, and np.random.choice reads only the first a probabilities and takes a negative a's indices as C's % does."""
import mxnet as mx

mx.npx.set_np()


def show(i, call):
    mx.random.seed(i)
    try:
        out = call()
        print(i, out.dtype, out.shape, out.asnumpy().ravel().tolist()[:8])
    except mx.base.MXNetError as e:
        print(i, 'MXNetError', [l for l in str(e).split('\n') if l.strip()][-1].replace('MXNetError: ', ''))


half = mx.np.array([2.0, 2.25], dtype='float16')
calls = [
    lambda: mx.npx.random.uniform_n(1, half, batch_shape=(3, 2)),
    lambda: mx.npx.random.uniform_n(half.reshape(2, 1), 1, batch_shape=(2, 3), dtype='float64'),
    lambda: mx.npx.random.uniform_n(1, mx.np.array(2.0, dtype='float64'), batch_shape=5, dtype='float64'),
    lambda: mx.npx.random.uniform_n(mx.np.array([0.0], dtype='float16'), 1.0, batch_shape=1),
    lambda: mx.npx.random.normal_n(1, half, batch_shape=(), dtype='float64'),
    lambda: mx.npx.random.normal_n(mx.np.ones((2, 3)), mx.np.ones(2, dtype='float16'), batch_shape=2),
    lambda: mx.npx.random.normal_n(half, mx.np.ones((1, 3)), batch_shape=(3,)),
    lambda: mx.npx.random.normal_n(mx.np.zeros(3, dtype='float64'), mx.np.ones(3, dtype='float64'), batch_shape=2),
    lambda: mx.npx.random.bernoulli(prob=mx.np.array([0.1, 0.9]), size=(70,)),
    lambda: mx.npx.random.bernoulli(prob=mx.np.array([[0.2], [0.7]]), size=(2, 3)),
    lambda: mx.np.random.choice(-2, size=(2, 3)),
    lambda: mx.np.random.choice(-3, size=8),
    lambda: mx.np.random.choice(1, size=8, p=mx.np.array([0.2, 0.3, 0.5])),
    lambda: mx.np.random.choice(2, size=8, p=mx.np.array([0.2, 0.3, 0.5])),
    lambda: mx.np.random.choice(3, size=8, p=mx.np.array([0.2, 0.3, 0.5])),
]
for i, call in enumerate(calls):
    show(i, call)

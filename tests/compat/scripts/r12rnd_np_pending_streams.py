"""A pending kernel error stays with its random stream: np.random.randint's with the parallel one (nd samplers), the other np samplers' with the sequential one; gamma checks values before types."""
import mxnet as mx
mx.npx.set_np()
def rd(label, f):
    try: r = f()
    except Exception as e: print(label, 'call EXC', type(e).__name__); return
    try: print(label, r.asnumpy().ravel().tolist()[:3])
    except Exception as e: print(label, 'read EXC', type(e).__name__, [l for l in str(e).splitlines() if l.strip()][-1].split(' : ')[-1].replace('ValueError: ', ''))
mx.random.seed(0)
rd('randint empty', lambda: mx.np.random.randint(10, -1, size=(0,)))
rd('np uniform', lambda: mx.np.random.uniform(size=2))
rd('nd uniform', lambda: mx.nd.random.uniform(shape=2))
rd('randint', lambda: mx.np.random.randint(0, 9, size=2))
rd('gamma empty', lambda: mx.np.random.gamma(-1, 1, size=(0,)))
rd('randint', lambda: mx.np.random.randint(0, 9, size=2))
rd('nd uniform', lambda: mx.nd.random.uniform(shape=2))
rd('np uniform', lambda: mx.np.random.uniform(size=2))
rd('gamma int empty', lambda: mx.np.random.gamma(mx.np.array([2, 3], dtype='int32'), -1.0, size=(0, 2)))
rd('np normal', lambda: mx.np.random.normal(size=2))

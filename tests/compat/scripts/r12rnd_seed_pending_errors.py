"""mx.random.seed skips only the random resource that holds a kernel error not raised yet: the other one is reseeded."""
import mxnet as mx
def t(f):
    try: print(f().asnumpy().tolist())
    except Exception as e: print("EXC", type(e).__name__)
mx.random.seed(3); t(lambda: mx.nd.random.uniform(shape=2)); t(lambda: mx.nd.random.shuffle(mx.nd.arange(6)))
mx.random.seed(3); t(lambda: mx.nd.random.shuffle(mx.nd.arange(6)))
f = mx.nd.random.normal(mx.nd.ones(2).astype('bool'), mx.nd.ones(2).astype('bool'))
mx.random.seed(3)
t(lambda: mx.nd.random.uniform(shape=2)); t(lambda: mx.nd.random.uniform(shape=2)); t(lambda: mx.nd.random.shuffle(mx.nd.arange(6)))
print('--')
mx.random.seed(5); t(lambda: mx.nd.random.uniform(shape=2))
g = mx.nd.random.multinomial(mx.nd.array([1, 2, 3], dtype='int32'), shape=0)
mx.random.seed(3)
t(lambda: mx.nd.random.uniform(shape=2)); t(lambda: mx.nd.random.shuffle(mx.nd.arange(6))); t(lambda: mx.nd.random.shuffle(mx.nd.arange(6)))

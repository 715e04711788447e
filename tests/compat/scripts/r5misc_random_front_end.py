import mxnet as mx


def show(label, f):
    try:
        r = f()
        for x in (r if isinstance(r, (list, tuple)) else [r]):
            print(label, x.dtype.__name__, x.shape, x.asnumpy().tobytes().hex())
    except Exception as e:
        print(label, type(e).__name__)


mx.random.seed(7)
# a dtype given as None is read by numpy: float64
show('uniform None', lambda: mx.nd.random.uniform(0, 2, shape=3, dtype=None))
show('normal None', lambda: mx.random.normal(shape=2, dtype=None))
show('randn None', lambda: mx.nd.random.randn(2, dtype=None))
show('gamma None', lambda: mx.nd.random.gamma(2, 1, shape=2, dtype=None))
show('poisson None', lambda: mx.nd.random.poisson(3, shape=2, dtype=None))
show('randint None', lambda: mx.nd.random.randint(0, 5, shape=2, dtype=None))
show('sample None', lambda: mx.nd.random.uniform(mx.nd.array([0, 1]), mx.nd.array([1, 3]), dtype=None))
show('multinomial None', lambda: mx.nd.random.multinomial(mx.nd.array([0.3, 0.7]), shape=2, dtype=None))
show('op None', lambda: mx.nd.random_uniform(shape=2, dtype=None))
show('op unset', lambda: mx.nd.random_uniform(shape=2))
show('zeros op None', lambda: mx.nd._internal._zeros(shape=(2,), dtype=None))
show('uniform "None"', lambda: mx.nd.random.uniform(shape=2, dtype='None'))
show('None with float16 out', lambda: mx.nd.random.uniform(shape=2, dtype=None, out=mx.nd.zeros(2, dtype='float16')))
show('sym None', lambda: mx.sym.random.uniform(shape=2, dtype=None).eval()[0])
# parameters of different dtypes, randint with arrays, seeding a non-context
show('mixed params', lambda: mx.nd.random.normal(mx.nd.array([0, 1]), mx.nd.array([1, 2], dtype='float64')))
show('mixed nbinom', lambda: mx.nd.random.negative_binomial(mx.nd.array([2, 3]), mx.nd.array([0.5, 0.2], dtype='float64')))
show('randint arrays', lambda: mx.nd.random.randint(mx.nd.array([0]), mx.nd.array([5]), shape=2))
show('seed ctx int', lambda: mx.random.seed(3, ctx=1))
# values: the range of float32 bounds in float32, glibc's log for float64 exponentials
mx.random.seed(11)
show('sample_uniform f64', lambda: mx.nd.random.uniform(mx.nd.array([0.2, 1.0]), mx.nd.array([0.5, 2.0]), shape=2,
                                                        dtype='float64'))
show('exponential f64', lambda: mx.nd.random.exponential(1, shape=200, dtype='float64'))
show('gnb int params', lambda: mx.nd.random.generalized_negative_binomial(mx.nd.array([2, 1], dtype='int32'),
                                                                         mx.nd.array([5, 9], dtype='int32'), shape=3))
# multinomial: probabilities summing to less than 1, zero-sized sample shapes
show('multinomial short', lambda: mx.nd.random.multinomial(mx.nd.array([0.2, 0.2]), shape=4))
show('multinomial shape 0', lambda: mx.nd.random.multinomial(mx.nd.array([[0.2, 0.8], [0.5, 0.5]]), shape=0))
show('multinomial (2, 0)', lambda: mx.nd.random.multinomial(mx.nd.array([0.2, 0.8]), shape=(2, 0), get_prob=True))
# shuffle has no kernel for bool: the error comes on reading
y = mx.nd.random.shuffle(mx.nd.array([1, 0, 1]).astype('bool'))
print('shuffle bool', y.shape)
show('shuffle bool read', lambda: y.asnumpy())

import mxnet as mx


def show(label, f):
    try:
        r = f()
        print(label, r.shape, r.context, r.asnumpy().tobytes().hex())
    except Exception as e:
        print(label, type(e).__name__)


mx.random.seed(21)
# samples drawn from numbers land on the current context (or the one given, text parsed)
with mx.cpu(2):
    show('with cpu(2) uniform', lambda: mx.nd.random.uniform(shape=2))
    show('with cpu(2) randint', lambda: mx.nd.random.randint(0, 9, shape=2))
    show('with cpu(2) operator', lambda: mx.nd.random_uniform(shape=2))
show('ctx text', lambda: mx.nd.random.normal(shape=2, ctx='cpu(1)'))
show('ctx text randint', lambda: mx.nd.random.randint(0, 9, shape=2, ctx='cpu(3)'))
show('operator ctx', lambda: mx.nd.random_normal(shape=2, ctx=mx.cpu(4)))
show('operator ctx text', lambda: mx.nd._internal._zeros(shape=(2,), ctx='cpu(5)'))
show('bad ctx text', lambda: mx.nd.random.uniform(shape=2, ctx='cpu5'))
# a shape given as None, or with a negative size, is refused
show('shape None', lambda: mx.nd.random.uniform(0, 1, shape=None))
show('shape None arrays', lambda: mx.nd.random.uniform(mx.nd.array([0]), mx.nd.array([1]), shape=None))
show('shape None randint', lambda: mx.nd.random.randint(0, 3, shape=None))
show('shape None operator', lambda: mx.nd.random_uniform(shape=None))
show('shape None multinomial', lambda: mx.nd.random.multinomial(mx.nd.array([0.5, 0.5]), shape=None))
show('shape -1', lambda: mx.nd.random.normal(shape=-1))
show('shape (2, -1)', lambda: mx.nd.random.exponential(shape=(2, -1)))
show('shape -1 randint', lambda: mx.nd.random.randint(0, 3, shape=-1))
show('unset shape', lambda: mx.nd.random.gamma(2, 2))

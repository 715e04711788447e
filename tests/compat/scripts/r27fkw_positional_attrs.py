"""Arguments given by position: Python binds them before anything runs (a keyword given twice is refused first), an
array in an attribute's place is sent as its text (a ctx's too), or as its dtype where dtype stands, and a
sampler of no inputs given one array reads it as its first attribute."""
# recorded on AVX2
import mxnet as mx
from _words import words

x = mx.nd.array([[1, 2, 3], [4, 5, 6]]) / 7
CASTS = ((mx.nd.Cast, dict(dtype='bfloat16')), (mx.nd.cast, dict(dtype='bogus')), (mx.nd.amp_cast, dict(dtype='float16')),
         (mx.nd.one_hot, dict(depth=2, dtype='int32')), (mx.nd.argsort, dict(dtype='q')), (mx.nd.topk, dict(k=1)),
         (mx.nd.sum, dict(axis=1)), (mx.nd.softmax, dict(axis=0)))
for f, kw in CASTS:
    for extra in ((1,), (x,), (1, 2), ('float32',)):
        try:
            r = f(x, *extra, **kw)
            print(f.__name__, len(extra), extra[0] is x, r.shape, r.dtype.__name__)
        except Exception as e:
            print(f.__name__, len(extra), extra[0] is x, words(e)[:150])
SAMPLERS = ['random_uniform', 'random_normal', 'normal', 'uniform', 'random_randint', 'random_exponential',
            'random_gamma', 'random_poisson', 'random_negative_binomial', 'random_generalized_negative_binomial']
for name in SAMPLERS:
    f = getattr(mx.nd, name)
    for args, kw in [((x,), {}), ((x,), dict(shape=(2,))), ((0.5, x), {}), ((1, 2, x), {}), ((1, 2, (2,), x), {}),
                     ((1, 2), dict(shape=(2,))), ((1, 2, (2,), None, x), {})]:
        try:
            r = f(*args, **kw)
            print(name, len(args), kw, r.shape, r.dtype.__name__)
        except Exception as e:
            print(name, len(args), kw, words(e)[:150])

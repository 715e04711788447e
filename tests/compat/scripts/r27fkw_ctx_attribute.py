"""A creation operator's ctx attribute, as MXNet's operators read it: its text names a context (None names none),
a sampler is refused a GPU by its random resource, and arange_like never reads it."""
# recorded on AVX2
import mxnet as mx
from _words import words

x = mx.nd.ones((2, 3))
OPS = [('random_uniform', lambda c: mx.nd.random_uniform(shape=(2,), ctx=c)),
       ('normal', lambda c: mx.nd.normal(shape=(2,), ctx=c)),
       ('random_randint', lambda c: mx.nd.random_randint(0, 5, shape=(2,), ctx=c)),
       ('random_poisson', lambda c: mx.nd.random_poisson(shape=(2,), ctx=c)),
       ('_zeros', lambda c: mx.nd._internal._zeros(shape=(2,), ctx=c)),
       ('_full', lambda c: mx.nd._internal._full(shape=(2,), value=3, ctx=c)),
       ('_arange', lambda c: mx.nd._internal._arange(start=0, stop=3, ctx=c)),
       ('_eye', lambda c: mx.nd._internal._eye(N=2, ctx=c)),
       ('arange_like', lambda c: mx.nd.contrib.arange_like(x, ctx=c)),
       ('nd.zeros', lambda c: mx.nd.zeros((2,), ctx=c)),
       ('nd.random.uniform', lambda c: mx.nd.random.uniform(shape=(2,), ctx=c)),
       ('nd.arange', lambda c: mx.nd.arange(3, ctx=c))]
CTXS = [None, 'None', 'cpu(0)', 'cpu(1)', mx.cpu(), mx.cpu(3), 'gpu(0)', mx.gpu(0), 'abc', 1, '', 'cpu', ' cpu(0)',
        'cpu_pinned(0)', 'cpu_shared(0)']
for name, f in OPS:
    for c in CTXS:
        try:
            r = f(c)
            print(name, repr(c), r.shape, r.context)
        except Exception as e:
            print(name, repr(c), words(e), str(e).splitlines()[:2])
# with out= the result takes out's context: ctx is not read
for c in (None, 'abc', 'gpu(0)', mx.gpu(0)):
    for name, f in (('random_uniform', mx.nd.random_uniform), ('_zeros', mx.nd._internal._zeros),
                    ('_ones', mx.nd._internal._ones)):
        o = mx.nd.ones((2,)) * 5
        try:
            r = f(shape=(2,), ctx=c, out=o)
            print(name, 'out', repr(c), r.shape, r.context, (r.asnumpy() < 5).all())
        except Exception as e:
            print(name, 'out', repr(c), words(e))

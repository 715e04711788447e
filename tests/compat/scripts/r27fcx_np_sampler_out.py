"""mx.np samplers given out= draw on out's context and never read ctx (a GPU, under a GPU scope too); without out=
a GPU is refused by the random resource; a call Python cannot bind (gamma without its shape) fails as Python
fails it, before any context is read."""
# recorded on AVX2
import mxnet as mx
from _words import words

SAMPLERS = [('uniform', ()), ('normal', ()), ('exponential', ()), ('gamma', (2.0,)), ('randint', (0, 5)),
            ('gamma', ()), ('beta', (1.0, 2.0)), ('chisquare', (3.0,)), ('laplace', ()), ('logistic', ())]
for name, args in SAMPLERS:
    f = getattr(mx.np.random, name, None)
    if f is None:
        continue
    for scope in (mx.gpu(0), mx.cpu(2)):
        for ctx in (None, mx.gpu(0), mx.cpu(1)):
            for with_out in (True, False):
                kwargs = {'size': (2,), 'ctx': ctx}
                if with_out:
                    kwargs['out'] = mx.np.zeros((2,), ctx=mx.cpu(3), dtype='int64' if name == 'randint' else 'float32')
                try:
                    with scope:
                        r = f(*args, **kwargs)
                    print(name, args, scope, ctx, with_out, r.ctx, r.shape, r is kwargs.get('out'))
                except Exception as e:
                    print(name, args, scope, ctx, with_out, words(e))
# given parameter arrays, a sampler draws on their context: ctx (a GPU too) and the scope are never read
x = mx.np.ones((2,), ctx=mx.cpu(0))
for name, args in [('uniform', (x, x + 1)), ('normal', (x, x)), ('uniform', (0, x + 1)), ('gamma', (x,)),
                   ('exponential', (x,)), ('beta', (x, x)), ('beta', (1.0, x)), ('beta', (x, 1.0)),
                   ('logistic', (x, x)), ('gumbel', (x, x)), ('pareto', (x,)), ('weibull', (x,)), ('rayleigh', (x,)),
                   ('lognormal', (x, x))]:
    for scope in (mx.cpu(1), mx.gpu(0)):
        for ctx in (None, mx.cpu(2), mx.gpu(0)):
            try:
                with scope:
                    r = getattr(mx.np.random, name)(*args, ctx=ctx)
                print(name, len(args), scope, ctx, r.ctx, r.shape)
            except Exception as e:
                print(name, len(args), scope, ctx, words(e))

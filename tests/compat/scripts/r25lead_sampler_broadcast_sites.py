# mx.np.random samplers refusing parameters that do not broadcast, together or to the size, at their shared checks.
# recorded on AVX2
import mxnet as mx
a, b = mx.np.ones((2, 3)), mx.np.ones((4, 5))
cases = [('normal', lambda: mx.np.random.normal(a, b)), ('uniform', lambda: mx.np.random.uniform(a, b)),
         ('gamma', lambda: mx.np.random.gamma(a, b)), ('gumbel', lambda: mx.np.random.gumbel(a, b)),
         ('logistic', lambda: mx.np.random.logistic(a, b)), ('lognormal', lambda: mx.np.random.lognormal(a, b)),
         ('laplace', lambda: mx.np.random.laplace(a, b)),
         ('chisq size', lambda: mx.np.random.chisquare(a, size=(9,))), ('exp size', lambda: mx.np.random.exponential(a, size=(9,))),
         ('weibull size', lambda: mx.np.random.weibull(a, size=(9,))), ('pareto size', lambda: mx.np.random.pareto(a, size=(9,))),
         ('rayleigh size', lambda: mx.np.random.rayleigh(a, size=(9,))), ('power size', lambda: mx.np.random.power(a, size=(9,))),
         ('normal size', lambda: mx.np.random.normal(a, 1, size=(9,))), ('normal2 size', lambda: mx.np.random.normal(a, a, size=(9,))),
         ('uniform size', lambda: mx.np.random.uniform(a, 2, size=(9,))), ('gamma size', lambda: mx.np.random.gamma(a, 1, size=(9,))),
         ('beta', lambda: mx.np.random.beta(a, b)), ('f', lambda: mx.np.random.f(a, b)), ('binomial', lambda: mx.np.random.binomial(a, b) if hasattr(mx.np.random, 'binomial') else None)]
for label, f in cases:
    try:
        r = f()
        print(label, 'ok', getattr(r, 'shape', r))
    except Exception as e:
        s = str(e).split('\n')
        print(label, type(e).__name__, s[1] if len(s) > 1 else '', s[-1][:100])

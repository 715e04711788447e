# The random *_like samplers parse their distribution parameters as the plain samplers (range and format checks)
import mxnet as mx
x = mx.nd.ones((2, 2))
for name, params in [('uniform', ['low', 'high']), ('normal', ['loc', 'scale']), ('gamma', ['alpha', 'beta']),
                     ('exponential', ['lam']), ('poisson', ['lam']), ('negative_binomial', ['k', 'p']),
                     ('generalized_negative_binomial', ['mu', 'alpha'])]:
    f = getattr(mx.nd.random, name + '_like')
    for p in params:
        for v in [1e-40, 1e39, 'abc', '0.5', 1.5]:
            if p == 'k' and v == 1.5: continue
            mx.random.seed(0)
            try: print(name, p, v, f(x, **{p: v}).asnumpy().tobytes().hex())
            except mx.base.MXNetError as e:
                print(name, p, v, 'MXNetError', 'Out of range' in str(e), 'Invalid Parameter' in str(e))

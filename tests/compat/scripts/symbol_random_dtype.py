import mxnet as mx
import numpy as np
def tr(name, f):
    try:
        r = f(); print(name, r)
    except Exception as e:
        print(name, type(e).__name__)
mx.random.seed(1)
for f, kw in [(mx.sym.random.uniform, dict(low=0, high=1)), (mx.sym.random.normal, dict(loc=0, scale=1)),
              (mx.sym.random.gamma, dict(alpha=1, beta=1)), (mx.sym.random.exponential, dict(scale=2)),
              (mx.sym.random.poisson, dict(lam=2)), (mx.sym.random.negative_binomial, dict(k=2, p=0.5)),
              (mx.sym.random.generalized_negative_binomial, dict(mu=2, alpha=0.5)),
              (mx.sym.random.randint, dict(low=0, high=5))]:
    for dt in ['float16', 'float64', None]:
        kws = dict(kw, shape=(2, 2))
        if dt: kws['dtype'] = dt
        def run():
            s = f(**kws)
            e = s.bind(mx.cpu(), {})
            o = e.forward()[0]
            return (o.dtype.__name__ if hasattr(o.dtype,'__name__') else o.dtype, s.infer_type()[1], e.outputs[0].dtype)
        tr(f.__name__ + str(dt), run)
        def run2():
            s = f(**kws)
            e = s.simple_bind(mx.cpu())
            o = e.forward()[0]
            return o.dtype
        tr('sb-'+f.__name__ + str(dt), run2)
x = mx.sym.var('x')
for f in [mx.sym.random.uniform_like, mx.sym.random.normal_like]:
    tr(f.__name__, lambda: f(x, dtype='float16').simple_bind(mx.cpu(), x=(2,2)).forward()[0].dtype)
for name, f, kw in [('sample_uniform', mx.sym.sample_uniform, dict(low=mx.sym.var('a'), high=mx.sym.var('b'))),
                    ('sample_normal', mx.sym.sample_normal, dict(mu=mx.sym.var('a'), sigma=mx.sym.var('b')))]:
    for dt in ['float16', 'float64']:
        tr(name+dt, lambda: f(shape=(2,), dtype=dt, **kw).simple_bind(mx.cpu(), a=(3,), b=(3,)).forward()[0].dtype)
        tr('it'+name+dt, lambda: f(shape=(2,), dtype=dt, **kw).infer_type(a='float32', b='float32'))
tr('nd-uniform16', lambda: mx.nd.random.uniform(shape=(2,), dtype='float16').dtype)
tr('nd-sample_uniform16', lambda: mx.nd.sample_uniform(mx.nd.zeros((2,)), mx.nd.ones((2,)), dtype='float16').dtype)
tr('multinomial', lambda: mx.sym.random.multinomial(mx.sym.var('p'), dtype='int32').simple_bind(mx.cpu(), p=(2,3)).forward()[0].dtype)
tr('randn', lambda: mx.sym.random.randn(2, 2, dtype='float16').bind(mx.cpu(), {}).forward()[0].dtype if hasattr(mx.sym.random,'randn') else 'none')

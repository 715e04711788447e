"""mx.np.random samplers check their parameters in their kernel: after drawing, raised when the samples are read (never for empty ones), and a pending error passes to the next sampler of the stream."""
import mxnet as mx

mx.npx.set_np()
A = mx.np.array


def last_line(e):
    return [l for l in str(e).splitlines() if l.strip()][-1].split(': ', 1)[-1].split('Check failed: ')[-1]


def read(x):
    try:
        return [round(v, 4) for v in x.asnumpy().ravel().tolist()]
    except Exception as e:
        return f"{type(e).__name__}: {last_line(e)}"


samplers = [
    ('normal', lambda: mx.np.random.normal(0, -1, size=3)),
    ('normal array', lambda: mx.np.random.normal(A([0.0]), A([-1.0]), size=3)),
    ('exponential', lambda: mx.np.random.exponential(-1, size=3)),
    ('rayleigh', lambda: mx.np.random.rayleigh(A([-1.0]), size=3)),
    ('weibull', lambda: mx.np.random.weibull(-1, size=3)),
    ('pareto', lambda: mx.np.random.pareto(A([-1.0]), size=3)),
    ('power', lambda: mx.np.random.power(-1, size=3)),
    ('gumbel', lambda: mx.np.random.gumbel(0, -1, size=3)),
    ('logistic', lambda: mx.np.random.logistic(A([0.0]), A([-1.0]), size=3)),
    ('gamma', lambda: mx.np.random.gamma(-1, 1, size=3)),
    ('gamma arrays', lambda: mx.np.random.gamma(A([-1.0]), A([1.0]), size=3)),
    ('uniform types', lambda: mx.np.random.uniform(A([0.0]), A([1], dtype='int32'), size=3)),
    ('normal types', lambda: mx.np.random.normal(A([0.0]), A([1], dtype='int32'), size=3)),
]
for name, call in samplers:
    mx.random.seed(0)
    print(name, read(call()), read(mx.np.random.uniform(size=2)))
mx.random.seed(0)
for name, call in [
        ('empty', lambda: mx.np.random.normal(0, -1, size=(0,))),
        ('inherits', lambda: mx.np.random.uniform(0, 1, size=2)),
        ('parallel stream', lambda: mx.nd.random.uniform(0, 1, shape=2)),
        ('after', lambda: mx.np.random.normal(0, 1, size=2)),
        ('empty gamma', lambda: mx.np.random.gamma(-1, 1, size=(0,))),
        ('randint inherits', lambda: mx.np.random.randint(0, 9, size=3)),
        ('after', lambda: mx.np.random.randint(0, 9, size=3)),
        ('out', lambda: mx.np.random.exponential(A([-1.0, 1.0]), size=(3,), out=mx.np.zeros((2, 3)))),
        ('empty types', lambda: mx.np.random.normal(mx.np.zeros(0, dtype='int32'), mx.np.ones((2, 1), dtype='float64'), size=(0,))),
        ('inherits', lambda: mx.np.random.normal(0, 1, size=2))]:
    try:
        print(name, read(call()))
    except Exception as e:
        print(name, 'at the call', type(e).__name__, last_line(e))

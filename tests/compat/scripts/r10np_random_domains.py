"""mx.np.random parameters outside their domain: which error each sampler raises (numbers and arrays), and
multinomial's integer count."""
import mxnet as mx
np = mx.np
mx.npx.set_np()


def run(label, make):
    mx.random.seed(2)
    try:
        r = make()
        print(label, r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:      # the error class is part of the behaviour
        print(label, type(e).__name__)


cases = [
    ("gamma shape", lambda: np.random.gamma(-1., size=2)), ("gamma scale", lambda: np.random.gamma(1., -1., size=2)),
    ("gamma array shape", lambda: np.random.gamma(np.array([1., -1.]), size=2)),
    ("gamma both arrays", lambda: np.random.gamma(np.ones(2), np.array([1., -1.]))),
    ("beta", lambda: np.random.beta(1., 0., size=2)), ("chisquare", lambda: np.random.chisquare(np.array([1., -1.]))),
    ("weibull", lambda: np.random.weibull(-1., size=2)), ("pareto array", lambda: np.random.pareto(np.array([1., 0.]))),
    ("power", lambda: np.random.power(-1., size=2)), ("exponential", lambda: np.random.exponential(-0.5, size=2)),
    ("rayleigh array", lambda: np.random.rayleigh(np.array([1., -2.5]))),
    ("normal", lambda: np.random.normal(0., -1.5, size=2)), ("lognormal", lambda: np.random.lognormal(0., -1., size=2)),
    ("gumbel array", lambda: np.random.gumbel(0., np.array([1., -1.]))),
    ("multinomial float n", lambda: np.random.multinomial(3.0, [0.5, 0.5])),
    ("multinomial bool n", lambda: np.random.multinomial(True, [0.5, 0.5])),
    ("multinomial negative n", lambda: np.random.multinomial(-1, [0.5, 0.5])),
    ("multinomial sum", lambda: np.random.multinomial(10, [0.5, 0.7, 0.1])),
    ("multinomial", lambda: np.random.multinomial(10, [0.2, 0.3, 0.5], size=2))]
for label, make in cases:
    run(label, make)

"""mx.np.random draws after mx.random.seed: the sequential and parallel generator streams MXNet uses."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
cases = [
    lambda: np.random.uniform(size=6), lambda: np.random.normal(size=7), lambda: np.random.rand(3),
    lambda: np.random.randn(2, 2), lambda: np.random.uniform(-1, 1, size=3, dtype='float16'),
    lambda: np.random.normal(1.0, 2.0, size=3, dtype='float64'), lambda: np.random.uniform(np.array([0., 1.]), 2),
    lambda: np.random.normal(0, np.array([1., 10.]), size=(2, 2)), lambda: np.random.randint(-5, 5, size=4),
    lambda: np.random.randint(5), lambda: np.random.exponential(2.0, size=3), lambda: np.random.rayleigh(size=3),
    lambda: np.random.weibull(2.0, size=3), lambda: np.random.pareto(2.0, size=3), lambda: np.random.power(2.0, size=3),
    lambda: np.random.gumbel(size=3), lambda: np.random.logistic(size=3), lambda: np.random.lognormal(size=3),
    lambda: np.random.choice(5, 3), lambda: np.random.choice(10, (2, 3), replace=False),
    lambda: np.random.choice(np.array([1., 2., 3.]), 2), lambda: np.random.choice(3, 4, p=np.array([0.2, 0.3, 0.5])),
    lambda: np.random.multinomial(5, [0.2, 0.8], size=3), lambda: np.random.gamma(0.3, 2.0, size=(2, 3)),
    lambda: np.random.gamma(np.array([0.5, 3.0]), 1.0), lambda: np.random.beta(2.0, 3.0, size=3),
    lambda: np.random.chisquare(2.0, size=3),
    lambda: np.random.multivariate_normal(np.zeros(2), np.eye(2), size=2),
    lambda: np.random.normal(size=(2000,))[1995:], lambda: np.random.uniform(size=(1000,))[-3:],
]
for i, case in enumerate(cases):
    mx.random.seed(i)
    print(i, repr(case()))
mx.random.seed(7)
x = np.arange(6)
np.random.shuffle(x)
print(repr(x), repr(np.random.uniform(size=2)))
mx.random.seed(7)
mx.nd.random.uniform(shape=3)
print(repr(np.random.uniform(size=2)), repr(np.random.randint(0, 10, size=3)), repr(np.random.uniform(size=2)))

"""Tutorial-style seeded sampling from every nd.random distribution."""
import mxnet as mx
from mxnet import nd
mx.random.seed(7)
print(nd.random.uniform(-1, 1, shape=(3,)), nd.random.normal(1, 2, shape=(3,)), nd.random.gamma(2, 1, shape=(3,)))
print(nd.random.exponential(2, shape=(3,)), nd.random.poisson(3, shape=(4,)), nd.random.negative_binomial(3, 0.4, shape=(4,)))
print(nd.random.generalized_negative_binomial(2, 0.3, shape=(4,)), nd.random.randint(-5, 5, shape=(4,)))
print(nd.random.uniform(nd.array([0, 1]), nd.array([1, 2]), shape=2))
print(nd.random.normal(nd.array([0, 10]), nd.array([1, 0.1])))
print(nd.sample_multinomial(nd.array([[0.2, 0.8], [0.9, 0.1]]), shape=3, get_prob=True))
print(mx.random.uniform(0, 1, shape=(2,)), mx.random.normal(shape=(2,)))
mx.random.seed(7); print(nd.random.uniform(shape=(2,)))
print(nd.random.uniform(shape=(2, 2), dtype='float64'), nd.random.normal(shape=(2,), dtype='float16'))
x = nd.arange(10); nd.random.shuffle(x); print(x)
print(nd.random.multinomial(nd.array([0.25, 0.25, 0.5]), shape=(2, 3)))
print(nd.random.uniform_like(nd.ones((2, 2))), nd.random.normal_like(nd.ones(3)))
print(nd.Dropout(nd.ones((2, 8)), p=0.5, mode='always'))
mx.random.seed(11, ctx=mx.cpu()); print(nd.random.uniform(shape=3))

# Random samplers across dtypes and sizes that span several generator states.
import numpy as np
import mxnet as mx
from mxnet import nd


def digest(tag, f):
    try:
        r = f()
        a = r.asnumpy().astype(np.float64)
        print(tag, r.shape, r.dtype.__name__, a.ravel()[:4].tolist(), a.ravel()[-3:].tolist(), repr(float(a.sum())))
    except Exception as e:
        print(tag, "error", type(e).__name__)


mx.random.seed(123)
for dt in ["float32", "float64", "float16"]:
    digest(("uniform", dt), lambda: nd.random.uniform(-2, 3, shape=(7, 50), dtype=dt))
    digest(("normal", dt), lambda: nd.random.normal(1, 0.5, shape=(130,), dtype=dt))
    digest(("gamma", dt), lambda: nd.random.gamma(0.7, 2, shape=(129,), dtype=dt))
    digest(("gamma_big", dt), lambda: nd.random.gamma(5, 1, shape=(70,), dtype=dt))
    digest(("exponential", dt), lambda: nd.random.exponential(3, shape=(65,), dtype=dt))
    digest(("poisson", dt), lambda: nd.random.poisson(4.5, shape=(200,), dtype=dt))
    digest(("poisson_big", dt), lambda: nd.random.poisson(40, shape=(20,), dtype=dt))
    digest(("negbin", dt), lambda: nd.random.negative_binomial(4, 0.3, shape=(80,), dtype=dt))
    digest(("gennegbin", dt), lambda: nd.random.generalized_negative_binomial(3, 0.2, shape=(80,), dtype=dt))
digest("randint", lambda: nd.random.randint(-1000, 1000, shape=(300,)))
digest("randint64", lambda: nd.random.randint(0, 2 ** 40, shape=(100,), dtype="int64"))
digest("big_uniform", lambda: nd.random.uniform(shape=(70000,)))
digest("big_normal", lambda: nd.random.normal(shape=(3, 33333)))
mx.random.seed(9)
digest("sample_uniform", lambda: nd.random.uniform(nd.array([0, 1, 2]), nd.array([1, 2, 4]), shape=(5, 30)))
digest("sample_normal", lambda: nd.random.normal(nd.array([0, 1]), nd.array([1, 2]), shape=70))
digest("sample_normal64", lambda: nd.random.normal(nd.array([0, 1], dtype="float64"), nd.array([1, 2], dtype="float64"), shape=3))
digest("sample_gamma", lambda: nd.random.gamma(nd.array([0.5, 3]), nd.array([1, 2]), shape=40))
digest("sample_poisson", lambda: nd.random.poisson(nd.array([0.5, 30]), shape=40))
digest("sample_exponential", lambda: nd.random.exponential(nd.array([0.5, 3]), shape=40))
digest("sample_negbin", lambda: nd.random.negative_binomial(nd.array([2, 5]), nd.array([0.2, 0.7]), shape=40))
digest("sample_gnb", lambda: nd.random.generalized_negative_binomial(nd.array([2, 5]), nd.array([0.2, 0.7]), shape=40))
digest("sample_uniform_dt", lambda: nd.random.uniform(nd.array([0]), nd.array([1]), shape=3, dtype="float64"))
digest("multinomial_many", lambda: nd.random.multinomial(nd.array(np.full((3, 10), 0.1)), shape=(40,)))
digest("multinomial_i64", lambda: nd.random.multinomial(nd.array([0.2, 0.8]), shape=5, dtype="int64") if True else None)
digest("multinomial_f16", lambda: nd.random.multinomial(nd.array([0.2, 0.8], dtype="float16"), shape=5))
digest("shuffle_big", lambda: nd.random.shuffle(nd.arange(300)))
digest("shuffle_3d", lambda: nd.random.shuffle(nd.arange(60).reshape((5, 3, 4))))
mx.random.seed(1)
a = nd.random.uniform(shape=(5,))
b = nd.random.normal(shape=(5,))
c = nd.random.uniform(shape=(200,))
print(a.asnumpy().tolist(), b.asnumpy().tolist(), repr(float(c.asnumpy().astype(np.float64).sum())))
from mxnet import autograd
x = nd.ones((4, 50))
mx.random.seed(2)
with autograd.record():
    y = nd.Dropout(x, p=0.3)
print(repr(float(y.asnumpy().sum())), y.asnumpy()[0, :10].tolist())
print(nd.Dropout(x, p=0.3).asnumpy().sum(), nd.Dropout(x, p=0.5, mode="always").asnumpy()[0, :8].tolist())

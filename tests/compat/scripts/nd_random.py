# Random samplers with fixed seeds: values, shapes and dtypes.
import numpy as np
import mxnet as mx
from mxnet import nd


def show(tag, f):
    try:
        r = f()
        if isinstance(r, (list, tuple)):
            for x in r:
                print(tag, x.shape, x.dtype.__name__, x.asnumpy().tolist())
        else:
            print(tag, r.shape, r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:
        print(tag, "error", type(e).__name__)


mx.random.seed(42)
show("uniform", lambda: nd.random.uniform(shape=(2, 3)))
show("uniform_lh", lambda: nd.random.uniform(-1, 1, shape=(4,)))
show("uniform_f64", lambda: nd.random.uniform(0, 1, shape=(3,), dtype="float64"))
show("uniform_f16", lambda: nd.random.uniform(0, 1, shape=(3,), dtype="float16"))
show("normal", lambda: nd.random.normal(shape=(2, 3)))
show("normal_ls", lambda: nd.random.normal(1, 2, shape=5))
show("randn", lambda: nd.random.randn(2, 2))
show("randint", lambda: nd.random.randint(0, 10, shape=(6,)))
show("randint_i64", lambda: nd.random.randint(-5, 5, shape=(4,), dtype="int64"))
show("poisson", lambda: nd.random.poisson(3, shape=(6,)))
show("exponential", lambda: nd.random.exponential(2, shape=(4,)))
show("gamma", lambda: nd.random.gamma(2, 1.5, shape=(4,)))
show("negbin", lambda: nd.random.negative_binomial(3, 0.4, shape=(4,)))
show("gennegbin", lambda: nd.random.generalized_negative_binomial(2, 0.5, shape=(4,)))
mx.random.seed(7)
show("multinomial", lambda: nd.random.multinomial(nd.array([[0.1, 0.2, 0.7], [0.5, 0.5, 0.0]])))
show("multinomial_shape", lambda: nd.random.multinomial(nd.array([0.3, 0.7]), shape=5))
show("multinomial_prob", lambda: nd.random.multinomial(nd.array([[0.3, 0.7]]), shape=2, get_prob=True))
show("multinomial_dt", lambda: nd.random.multinomial(nd.array([0.3, 0.7]), shape=(2, 2), dtype="float32"))
show("shuffle", lambda: nd.random.shuffle(nd.arange(10)))
show("shuffle2d", lambda: nd.random.shuffle(nd.arange(8).reshape((4, 2))))
mx.random.seed(3)
show("uniform_nd", lambda: nd.random.uniform(nd.array([0, 10]), nd.array([1, 11]), shape=(2,)))
show("normal_nd", lambda: nd.random.normal(nd.array([0, 10]), nd.array([1, 0.1])))
show("gamma_nd", lambda: nd.random.gamma(nd.array([1, 2]), nd.array([1, 1]), shape=3))
show("poisson_nd", lambda: nd.random.poisson(nd.array([1, 20])))
show("exponential_nd", lambda: nd.random.exponential(nd.array([1, 2])))
show("sample_uniform", lambda: nd.sample_uniform(nd.array([0, 1]), nd.array([1, 2])))
show("random_uniform", lambda: nd.random_uniform(low=0, high=1, shape=(2,)))
show("random_normal", lambda: nd.random_normal(loc=0, scale=1, shape=(2,)))
show("uniform_like", lambda: nd.random.uniform_like(nd.zeros((2, 2))))
show("normal_like", lambda: nd.random.normal_like(nd.zeros((3,)), loc=1, scale=0.1))
mx.random.seed(42)
a = nd.random.uniform(shape=(3,))
mx.random.seed(42)
b = nd.random.uniform(shape=(3,))
print((a == b).asnumpy().tolist())
mx.random.seed(42, ctx=mx.cpu())
print(nd.random.uniform(shape=(2,)).asnumpy().tolist())
mx.random.seed(5)
print(nd.random.normal(shape=(1000,)).mean().asnumpy().tolist())
print(nd.random.uniform(shape=(3, 4)).shape)
show("bad_shape", lambda: nd.random.uniform(1, 0, shape=(2,)))
show("bad_dtype", lambda: nd.random.uniform(shape=(2,), dtype="int32"))
show("bad_scale", lambda: nd.random.normal(0, -1, shape=(2,)))
mx.random.seed(11)
out = nd.zeros((2, 2))
nd.random.uniform(shape=(2, 2), out=out)
print(out.asnumpy().tolist())
import mxnet as mx
from mxnet import nd
for f in [lambda: nd.random.uniform(), lambda: nd.random.uniform(shape=()), lambda: nd.random.normal(shape=(2,0)), lambda: nd.random.randint(0,3), lambda: nd.random.poisson(shape=()),
          lambda: nd.random.uniform_like(nd.zeros((2,)), low=1, high=2), lambda: nd.random.gamma_like(nd.zeros((2,)), alpha=2), lambda: nd.random.exponential_like(nd.zeros((2,)), lam=2),
          lambda: nd.random.poisson_like(nd.zeros((2,)), lam=2),lambda: nd.random.negative_binomial_like(nd.zeros((2,)), k=2, p=0.3),lambda: nd.random.generalized_negative_binomial_like(nd.zeros((2,)), mu=2, alpha=0.3),
          lambda: nd.random.normal_like(nd.zeros((2,), dtype="float64")), lambda: nd.random.uniform_like(nd.zeros((2,), dtype="int32")), lambda: nd.random.uniform_like(data=nd.zeros((2,1), dtype="float16")),
          lambda: nd.random.normal(shape=0), lambda: nd.random.randn()]:
    mx.random.seed(1)
    try:
        r = f(); print(r.shape, r.dtype, r.asnumpy().tolist())
    except Exception as e: print(type(e).__name__)

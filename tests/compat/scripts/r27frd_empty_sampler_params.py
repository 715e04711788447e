"""Samplers given empty parameter arrays, and the draws after them."""
# recorded on AVX2
import mxnet as mx
from _words import words

nd = mx.nd
CALLS = [
    ("random.uniform", lambda: nd.random.uniform(nd.array([]), nd.array([]), shape=2)),
    ("random.normal", lambda: nd.random.normal(nd.array([]), nd.array([]), shape=(2, 2))),
    ("sample_uniform", lambda: nd.sample_uniform(nd.array([]), nd.array([]))),
    ("sample_normal", lambda: nd.sample_normal(nd.zeros((0, 2)), nd.zeros((0, 2)), shape=3)),
    ("sample_gamma", lambda: nd.sample_gamma(nd.array([]), nd.array([]), shape=2)),
    ("sample_exponential", lambda: nd.sample_exponential(nd.array([]), shape=2)),
    ("sample_poisson", lambda: nd.sample_poisson(nd.array([]))),
    ("random.exponential", lambda: nd.random.exponential(nd.array([]), shape=2)),
    ("random.gamma", lambda: nd.random.gamma(nd.array([]), nd.array([]), shape=2)),
    ("random.poisson", lambda: nd.random.poisson(nd.array([]), shape=2)),
    ("random.negative_binomial", lambda: nd.random.negative_binomial(nd.array([]), nd.array([]), shape=2)),
    ("sample_gnb", lambda: nd.sample_generalized_negative_binomial(nd.array([]), nd.array([]), shape=2)),
]
mx.random.seed(5)
for name, call in CALLS:
    try:
        print(name, call().asnumpy().tolist())
    except Exception as e:
        print(name, words(e))
    print("  then", nd.random.uniform(shape=2).asnumpy().tolist())

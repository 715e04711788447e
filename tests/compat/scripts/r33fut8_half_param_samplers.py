"""Gamma, negative binomial and generalized negative binomial samples with float16 parameter arrays, thousands per call."""
# recorded on AVX2
import mxnet as mx
import numpy as np

np.set_printoptions(precision=6, threshold=20, edgeitems=4)


def show(name, x):
    a = x.asnumpy()
    print(name, a.shape, a.dtype, a.reshape(-1)[:6], a.reshape(-1)[-3:], "sum=%.6g" % a.astype(np.float64).sum())


for odt in ["float16", "float32", "float64"]:
    mx.random.seed(2024)
    h = lambda v: mx.nd.array(v, dtype="float16")
    show("gamma " + odt, mx.nd.random.gamma(h([[0.0, 2.5], [9.75, 0.3]]), h([[1.0, 0.7], [0.5, 0.3]]), shape=(40, 30), dtype=odt))
    show("gamma tiny shape " + odt, mx.nd.random.gamma(h([0.01, 0.9999]), h([1.0, 1e-3]), shape=(700,), dtype=odt))
    show("nbinom " + odt, mx.nd.random.negative_binomial(h([[3, 4], [5, 60]]), h([[0.4, 0.77], [0.5, 0.04]]), shape=(40, 30), dtype=odt))
    show("gnbinom " + odt, mx.nd.random.generalized_negative_binomial(h([[2.0, 2.5], [1.3, 19]]), h([[1.0, 0.0], [0.2, 0.5]]), shape=(40, 30), dtype=odt))
    show("after", mx.nd.random.uniform(shape=(4,)))
    sg = mx.nd.sample_gamma(h([0.5, 3.0]), h([2.0, 0.25]), shape=(600,))
    show("sample_gamma " + odt, sg)

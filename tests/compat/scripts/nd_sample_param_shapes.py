"""The per-element samplers refuse parameter arrays of different shapes (MXNet's shape inference fails)."""
import mxnet as mx

a, b = mx.nd.array([[0.3, 0.1], [0.2, 0.4]]), mx.nd.array([[0.5, 0.7]])
for name in ("sample_uniform", "sample_normal", "sample_gamma", "sample_negative_binomial",
             "sample_generalized_negative_binomial"):
    try:
        getattr(mx.nd, name)(a, b).asnumpy()
        print(name, "accepted")
    except mx.base.MXNetError:
        print(name, "MXNetError")
    print(name, getattr(mx.nd, name)(a, a + 1, shape=2).shape)

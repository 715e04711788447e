"""A normalisation's mean over -0 terms is +0, as MXNet's C sums start from +0 (values from MXNet 1.9.1)."""
import numpy as np

import distnet as mx


def test_layer_norm_mean_of_negative_zero_is_positive_zero():
    x = mx.nd.array(np.array([[-0.0], [2.0]], np.float32))
    _, mean, _ = mx.nd.LayerNorm(x, mx.nd.ones(1), mx.nd.zeros(1), output_mean_var=True)
    assert np.signbit(mean.asnumpy()).tolist() == [[False], [False]]


def test_batch_norm_training_mean_of_negative_zero_is_positive_zero():
    x = mx.nd.array(np.array([[-0.0, 2.0]], np.float32))
    with mx.autograd.record():
        _, mean, _ = mx.nd.BatchNorm(x, mx.nd.ones(2), mx.nd.zeros(2), mx.nd.zeros(2), mx.nd.ones(2),
                                     output_mean_var=True)
    assert np.signbit(mean.asnumpy()).tolist() == [False, False]

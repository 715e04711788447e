"""A local store that kept a summed push's merge buffer as its value: later sums through that buffer overwrite it,
so an updater then gets one array as gradient and weight (MXNet's store and merge buffer are then the same array)."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd

GRAD = np.array([0.7, 0.1, 0, 0, 0, -0.7], dtype=np.float32)


def _pull(kv):
    out = nd.zeros((6,))
    kv.pull(0, out=out)
    return out.asnumpy()


def _store(kind, first):
    kv = mx.kv.create(kind)
    kv.init(0, nd.array([1, 2, 3, 4, 5, 6]))
    kv.push(0, [nd.array(GRAD, ctx=mx.cpu(i)) for i in range(first)])
    kv.set_optimizer(mx.optimizer.SGD(learning_rate=0.5))
    return kv


@pytest.mark.parametrize("kind", ["local", "device"])
@pytest.mark.parametrize("count", [2, 3])
def test_a_sum_into_the_stored_buffer_is_the_weight_the_updater_steps_from(kind, count):
    kv = _store(kind, count)
    for _ in range(2):
        kv.push(0, [nd.array(GRAD, ctx=mx.cpu(i)) for i in range(count)])
        total = GRAD * count
        np.testing.assert_allclose(_pull(kv), total - 0.5 * total, rtol=1e-6)    # w = g, then w - lr * g


@pytest.mark.parametrize("kind", ["local", "device"])
def test_a_single_push_does_not_go_through_the_buffer(kind):
    kv = _store(kind, 2)
    kv.push(0, nd.array(GRAD))
    expected = GRAD * 2 - 0.5 * GRAD
    np.testing.assert_allclose(_pull(kv), expected, rtol=1e-6)
    kv.push(0, nd.array(GRAD))
    np.testing.assert_allclose(_pull(kv), expected - 0.5 * GRAD, rtol=1e-6)


@pytest.mark.parametrize("kind", ["local", "device"])
def test_a_store_first_given_a_single_push_keeps_its_own_weight(kind):
    kv = _store(kind, 1)
    kv.push(0, [nd.array(GRAD), nd.array(GRAD, ctx=mx.cpu(1))])
    np.testing.assert_allclose(_pull(kv), GRAD - 0.5 * 2 * GRAD, rtol=1e-6, atol=1e-7)


def test_a_compressed_push_goes_through_the_buffer_even_alone():
    kv = mx.kv.create("device")
    kv.set_gradient_compression({"type": "2bit", "threshold": 0.5})
    kv.init(0, nd.array([1, 2, 3, 4, 5, 6]))
    kv.push(0, nd.array(GRAD))
    quantized = np.array([0.5, 0, 0, 0, 0, -0.5], dtype=np.float32)
    np.testing.assert_array_equal(_pull(kv), quantized)
    seen = []
    def updater(key, grad, weight):
        weight[:] = weight * 3
        seen.append((grad is weight, grad.asnumpy().tolist() == weight.asnumpy().tolist()))
    kv._set_updater(updater)
    kv.push(0, nd.array(GRAD))      # residual 0.2 + 0.7 quantizes to 0.5 again
    assert seen == [(False, True)]      # two handles on one array
    np.testing.assert_array_equal(_pull(kv), quantized * 3)

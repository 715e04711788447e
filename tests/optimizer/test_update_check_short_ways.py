"""A fused update group of plain float32 weights skips its per-weight checks; one odd weight, gradient or state in the
group still meets the checks MXNet's update operators make."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, nd


def _update_group(weights, grads, momentum=0.0):
    updater = mx.optimizer.get_updater(mx.optimizer.SGD(learning_rate=0.1, momentum=momentum))
    updater(list(range(len(weights))), grads, weights)
    return weights


def _ones(*shape, dtype="float32"):
    return nd.ones(shape, dtype=dtype)


def test_plain_group_updates():
    weights = _update_group([_ones(3), _ones(2, 2)], [_ones(3), _ones(2, 2)], momentum=0.9)
    np.testing.assert_array_equal(weights[1].asnumpy(), np.full((2, 2), 0.9, np.float32))


@pytest.mark.parametrize("grad, words", [
    (_ones(3, dtype="float16"), "Incompatible attr in node  at 1-th input: expected float32, got float16"),
    (_ones(4), r"Incompatible attr in node  at 1-th input: expected \[3\], got \[4\]"),
])
def test_odd_gradient_in_group_is_refused(grad, words):
    with pytest.raises(mx.base.MXNetError, match=words):
        _update_group([_ones(3), _ones(3)], [_ones(3), grad])


def test_odd_momentum_shape_is_refused():
    with pytest.raises(mx.base.MXNetError, match=r"expected \[2,2\], got \[2,3\]"):
        _update_group([_ones(3), _ones(2, 2)], [_ones(3), _ones(2, 3)], momentum=0.9)


def test_integer_weight_in_group_fails_when_read():
    weights = _update_group([_ones(3), _ones(3, dtype="int32")], [_ones(3), _ones(3, dtype="int32")])
    with pytest.raises(mx.base.MXNetError, match="only support floating point types, not int32"):
        weights[1].asnumpy()


@pytest.mark.parametrize("odd", [lambda: nd.array(np.zeros((0, 2), np.float32)), lambda: nd.array(2.0).reshape(())])
def test_weight_of_unknown_shape_in_group_is_refused(odd):
    with pytest.raises(mx.base.MXNetError, match="Operator multi_sgd_update inferring shapes failed"):
        _update_group([_ones(3), odd()], [_ones(3), odd()])


def test_weight_in_recorded_graph_is_refused():
    weight = _ones(3)
    weight.attach_grad()
    with autograd.record():
        weight * 2
        with pytest.raises(mx.base.MXNetError, match="already in a computational graph"):
            _update_group([weight], [_ones(3)])

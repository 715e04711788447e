"""MXNet's clip rule in the update kernels, and 0-size weights refused outside np shape semantics."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.optimizer.optimizer import clip_kernel, clip_values


def test_zero_bound_keeps_the_sign_of_each_side():
    x = np.array([-0.5, 0.5, -0.0, 0.0, np.nan], np.float32)
    out = clip_kernel(x, np.float32(0))
    assert np.signbit(out[:4]).tolist() == [True, False, True, False]
    assert np.isnan(out[4])


def test_negative_bound_sends_values_above_it_to_it_and_the_rest_to_minus_bound():
    x = np.array([-3., -1., 0., 2.], np.float64)
    assert clip_values(x, -1.5).tolist() == [1.5, -1.5, -1.5, -1.5]


def test_sgd_mom_update_with_zero_clip_subtracts_a_negative_zero_for_negative_gradients():
    mom = nd.array([-0.0, -0.0])
    nd.sgd_mom_update(nd.zeros(2), nd.array([-2., 2.]), mom, lr=0.5, clip_gradient=0.0)
    # 0 * mom - 0 * w is -0.0; minus lr * clip(g) = -0.0 gives +0.0, minus +0.0 keeps -0.0
    assert np.signbit(mom.asnumpy()).tolist() == [False, True]


@pytest.mark.parametrize("name", ["sgd", "nag", "lars", "lbsgd", "sgld"])     # (no zero states to create)
@pytest.mark.parametrize("shape", [(0, 3), (2, 0)])
def test_zero_size_weight_is_refused_outside_np_shape(name, shape):
    opt = mx.optimizer.create(name)
    weight = nd.array(np.zeros(shape))
    state = opt.create_state(0, weight)
    with pytest.raises(mx.base.MXNetError, match="inferring shapes failed"):
        opt.update(0, weight, nd.array(np.zeros(shape)), state)


def test_zero_size_weight_is_updated_in_np_shape():
    opt = mx.optimizer.create("adam")
    with mx.util.np_shape(True):
        weight = nd.zeros((0, 3))
        opt.update(0, weight, nd.zeros((0, 3)), opt.create_state(0, weight))
    assert weight.shape == (0, 3)


@pytest.mark.parametrize("name", ["adam", "adagrad", "test", "ftml", "signum"])
@pytest.mark.parametrize("shape", [(0, 3), ()])
def test_zero_states_of_an_unknown_shape_are_refused_outside_np_shape(name, shape):
    with pytest.raises(mx.base.MXNetError, match="_zeros inferring shapes failed"):
        mx.optimizer.create(name).create_state(0, nd.array(np.zeros(shape)))


def test_sgd_without_momentum_creates_no_state_for_a_zero_size_weight():
    assert mx.optimizer.create("sgd").create_state(0, nd.array(np.zeros((0, 3)))) is None


@pytest.mark.parametrize("op, n_states", [("sgd_update", 0), ("sgd_mom_update", 1), ("adam_update", 2),
                                          ("nag_mom_update", 1), ("signum_update", 1)])
def test_update_ops_take_zero_dim_weights_in_np_shape(op, n_states):
    with mx.util.np_shape(True):
        states = [nd.array(0.3) for _ in range(n_states)]
        out = getattr(nd, op)(nd.array(1.0), nd.array(4.0), *states, lr=0.1, clip_gradient=0.5)
        one_element = getattr(nd, op)(nd.array([1.0]), nd.array([4.0]), *[nd.array([0.3]) for _ in states], lr=0.1,
                                      clip_gradient=0.5)
    assert out.shape == ()
    assert out.asnumpy().tobytes() == one_element.asnumpy().tobytes()
    assert all(s.shape == () and s.asscalar() != np.float32(0.3) for s in states)

"""Optimizer updates and update operators rounded as MXNet 1.9.1's kernels (values recorded from MXNet 1.9.1)."""
import warnings

import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError


@pytest.fixture(autouse=True)
def _quiet():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def test_lamb_fused_float64_keeps_its_step_in_float32():
    opt = mx.optimizer.LAMB(learning_rate=0.5, lower_bound=0.1)
    w = nd.array([[1.0, -2.0], [0.5, 3.0]], dtype="float64")
    st = opt.create_state(0, w)
    opt.update([0], [w], [nd.array([[0.3, -0.1], [0.2, 0.7]], dtype="float64")], [st])
    assert w.asnumpy().ravel().tolist() == [0.056269219464070375, -1.0562755195677482, -0.44372920551001016,
                                            2.056267419434448]


def test_lamb_two_phase_float16_takes_beta_power_from_the_float_attribute():
    opt = mx.optimizer.LAMB(learning_rate=0.02, epsilon=1e-3, rescale_grad=0.5)
    w = nd.array([[1.0, -2.0], [0.5, 3.0]], dtype="float16")
    st = opt.create_state(0, w)
    for k in range(4):
        opt.update_multi_precision(0, w, nd.array([[0.3, -0.1], [0.2, 0.7 + k]], dtype="float16"), st)
    assert w.asnumpy().ravel().tolist() == [0.8505859375, -1.8525390625, 0.351318359375, 2.857421875]


def test_preloaded_multi_sgd_reads_float32_rates():
    w = nd.array([0.5, -1.25, 2.0], dtype="float16")
    m = nd.array([0.01, 0.02, -0.03], dtype="float16")
    nd.preloaded_multi_sgd_mom_update(w, nd.array([0.3, -0.7, 1.1], dtype="float16"), m, nd.array([0.1]),
                                      nd.array([0.01]), out=[w], momentum=0.9, rescale_grad=1 / 3, num_weights=1)
    assert w.asnumpy().tolist() == [0.49853515625, -1.20703125, 1.9345703125]
    assert m.asnumpy().tolist() == [-0.00150299072265625, 0.0426025390625, -0.065673828125]
    w = nd.array([0.5, -1.25, 2.0], dtype="float64")
    nd.preloaded_multi_sgd_update(w, nd.array([0.3, -0.7, 1.1], dtype="float64"), nd.array([0.1]), nd.array([0.01]),
                                  out=[w], num_weights=1)
    assert w.asnumpy().tolist() == [0.46949999952921645, -1.178749998897547, 1.8879999982658773]


def test_update_ops_clip_at_a_zero_bound():
    m = nd.array([0.1, -0.2])
    out = nd.sgd_mom_update(nd.array([1.0, 2.0]), nd.array([3.0, -4.0]), m, lr=0.1, momentum=0.9, wd=0.01,
                            clip_gradient=0.0)
    assert out.asnumpy().tolist() == [1.0889999866485596, 1.8179999589920044]
    assert m.asnumpy().tolist() == [0.08899999409914017, -0.18199999630451202]
    w = nd.rmsprop_update(nd.array([1.0, -2.0]), nd.array([0.5, 0.5]), nd.zeros(2), lr=0.1, clip_weights=0.0)
    assert np.signbit(w.asnumpy()).tolist() == [False, True]


def test_negative_clip_gradient_clips_as_mxnet_clip():
    opt = mx.optimizer.AdaGrad(learning_rate=0.1, clip_gradient=-1.0)
    w = nd.array([1.0, 2.0, 3.0])
    s = opt.create_state(0, w)
    opt.update(0, w, nd.array([0.5, 2.0, -3.0]), s)
    assert w.asnumpy().tolist() == [np.float32(1.1), np.float32(2.1), np.float32(2.9)]
    assert s.asnumpy().tolist() == [1.0, 1.0, 1.0]


def test_ftml_epsilon_is_a_double_attribute():
    d, v, z = (nd.zeros(2, dtype="float64") for _ in range(3))
    out = nd.ftml_update(nd.array([1.0, -2.0], dtype="float64"), nd.array([0.3, 0.4], dtype="float64"), d, v, z,
                         lr=0.01, t=1, epsilon=1e-3)
    assert out.asnumpy().tolist() == [0.9900332228141369, -2.0099750621211796]


def test_nag_op_without_out_updates_momentum_from_the_old_weight():
    mom = nd.array([0.1, 0.2])
    out = nd.nag_mom_update(nd.array([1.0, 2.0]), nd.array([0.3, 0.4]), mom, lr=0.5, momentum=0.9, wd=0.1)
    assert out.asnumpy().tolist() == [0.7010000348091125, 1.5920000076293945]
    assert mom.asnumpy().tolist() == [-0.11000000685453415, -0.12000001966953278]


def test_lars_is_its_own_optimizer_with_weight_only_decay():
    opt = mx.optimizer.LARS(param_idx2name={0: "a_weight", 1: "b_gamma", 2: "c_bias"})
    assert sorted(opt.wd_mult.items()) == [("b_gamma", 0.0), ("c_bias", 0.0)]
    assert not isinstance(opt, mx.optimizer.SGD)


def test_lbsgd_multi_precision_state_is_master_copy_then_momentum():
    opt = mx.optimizer.LBSGD(momentum=0.9, multi_precision=True, learning_rate=0.1)
    w = nd.array([1.0, 2.0], dtype="float16")
    s = opt.create_state_multi_precision(0, w)
    assert [x.dtype for x in s] == [np.float32, np.float32] and s[0].asnumpy().tolist() == [1.0, 2.0]
    opt.update_multi_precision(0, w, nd.array([0.5, -0.5], dtype="float16"), s)
    assert w.asnumpy().tolist() == [0.9501953125, 2.05078125]
    assert s[1].asnumpy().tolist() == [np.float32(-0.05), np.float32(0.05)]


def test_multi_sgd_ops_need_out_and_matching_dtypes():
    w, g = nd.ones((2, 3)), nd.ones((2, 3))
    with pytest.raises(MXNetError, match="valid ndim"):
        nd.multi_sgd_update(w, g, lrs=[0.1], wds=[0.0], num_weights=1)
    with pytest.raises(MXNetError, match="0-th output: expected float32, got float16"):
        nd.multi_sgd_update(w, g, lrs=[0.1], wds=[0.0], num_weights=1, out=[nd.ones((2, 3), dtype="float16")])
    with pytest.raises(MXNetError, match="1-th input: expected float32, got float16"):
        nd.sgd_update(w, g.astype("float16"), lr=0.1)
    with pytest.raises(MXNetError, match="inferred type = float32"):
        nd.contrib.adamw_update(w, g, w.copy(), w.copy(), nd.ones(1, dtype="float64"), lr=0.1, eta=1.0)
    with pytest.raises(MXNetError, match="uniform type"):
        nd.multi_sum_sq(w, g.astype("float16"), num_arrays=2)


def test_update_ops_with_a_row_sparse_gradient_in_place_are_lazy():
    w_values = [[1., 2.], [3., 4.], [5., 6.]]
    g = nd.array([[0.5, -0.5], [0, 0], [1., 2.]]).tostype("row_sparse")
    w = nd.array(w_values)
    nd.sgd_update(w, g, lr=0.1, wd=0.1, out=w)
    assert w.asnumpy().ravel().tolist() == [0.9399999976158142, 2.0299999713897705, 3.0, 4.0, 4.849999904632568,
                                            5.740000247955322]
    w, m = nd.array(w_values), nd.ones((3, 2))
    nd.sgd_mom_update(w, g, m, lr=0.1, wd=0.1, momentum=0.9, out=w)
    assert m.asnumpy().ravel().tolist() == [0.8399999737739563, 0.9300000071525574, 1.0, 1.0, 0.7499999403953552,
                                            0.6399999856948853]
    w = nd.array(w_values)
    nd.sgd_update(w, g, lr=0.1, wd=0.1, lazy_update=False, out=w)      # standard: every row decays
    assert w.asnumpy()[1].tolist() == [2.9700000286102295, 3.9600000381469727]

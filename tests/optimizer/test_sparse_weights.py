"""Optimizer updates of row_sparse weights: MXNet 1.9.1's storage rules and numbers (measured on MXNet)."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError

W = [[1, 2], [3, 4], [5, 6], [7, 8]]


def rsp(values, rows):
    return nd.sparse.row_sparse_array((values, rows), shape=(4, 2))


def stored(a):
    return a.indices.asnumpy().tolist()


def test_native_kernel_updates_only_gradient_rows_and_stores_every_row():
    opt = mx.optimizer.create("sgd", learning_rate=0.1, wd=0.1, momentum=0.9)
    w = nd.array(W).tostype("row_sparse")
    mom = opt.create_state(0, w)
    assert mom.stype == "row_sparse" and stored(mom) == []
    opt.update(0, w, rsp([[1, 1]], [2]), mom)
    assert w.stype == mom.stype == "row_sparse" and stored(w) == stored(mom) == [0, 1, 2, 3]
    np.testing.assert_allclose(w.asnumpy(), [[1, 2], [3, 4], [4.85, 5.84], [7, 8]], rtol=1e-6)
    np.testing.assert_allclose(mom.asnumpy()[2], [-0.15, -0.16], rtol=1e-6)


def test_ftrl_on_a_row_sparse_weight_is_lazy():
    opt = mx.optimizer.create("ftrl", learning_rate=0.1, wd=0.1)
    w = nd.array(W).tostype("row_sparse")
    z, n = opt.create_state(0, w)
    opt.update(0, w, rsp([[1, 1]], [2]), (z, n))
    np.testing.assert_allclose(w.asnumpy(), [[1, 2], [3, 4], [2.437314, 2.934826], [7, 8]], rtol=1e-6)
    assert z.asnumpy()[2].tolist() == [-49, -59] and stored(n) == [0, 1, 2, 3]


@pytest.mark.parametrize("name, kernel", [("sgd", "SGDUpdate"), ("adam", "AdamUpdate"), ("ftrl", "FtrlUpdate")])
def test_native_kernels_refuse_weights_missing_rows(name, kernel):
    opt = mx.optimizer.create(name, learning_rate=0.1)
    w = rsp([[1, 2], [5, 6]], [0, 2])
    opt.update(0, w, rsp([[1, 1]], [2]), opt.create_state(0, w))     # MXNet's kernel refuses it asynchronously
    assert opt.num_update == 1
    with pytest.raises(MXNetError, match=kernel):
        w.asnumpy()
    assert stored(w) == [0, 2] and w.asnumpy().tolist() == [[1, 2], [0, 0], [5, 6], [0, 0]]     # nothing written


def test_fallback_rules_store_the_nonzero_rows():
    opt = mx.optimizer.create("rmsprop", learning_rate=0.1, wd=0.1)
    w = rsp([[1, 2], [5, 6]], [0, 2])
    state = opt.create_state(0, w)
    opt.update(0, w, rsp([[1, 1]], [2]), state)
    assert stored(w) == stored(state[0]) == [0, 2]
    np.testing.assert_allclose(w.asnumpy()[[0, 2]], [[0.683774, 1.683773], [4.683772, 5.683772]], rtol=1e-6)
    opt.update(0, w, rsp([[0.5, -1], [2, 2]], [1, 2]), state)
    assert stored(w) == [0, 1, 2]
    np.testing.assert_allclose(w.asnumpy()[1], [-0.316228, 0.316228], rtol=1e-5)


def test_state_storage_follows_mxnet():
    w = nd.array(W).tostype("row_sparse")
    assert mx.optimizer.create("sgd", momentum=0.9, lazy_update=False).create_state(0, w).stype == "default"
    assert [s.stype for s in mx.optimizer.create("adam").create_state(0, w)] == ["row_sparse"] * 2
    assert mx.optimizer.create("nag", momentum=0.9).create_state(0, w).stype == "default"
    previous = mx.optimizer.create("dcasgd").create_state(0, rsp([[1, 2], [5, 6]], [0, 2]))[1]
    assert previous.stype == "row_sparse" and stored(previous) == [0, 2]


def test_sparse_adagrad_has_no_weight_decay():
    opt = mx.optimizer.create("adagrad", learning_rate=0.1, wd=0.1)
    w = nd.ones((4, 2))
    with pytest.raises(MXNetError, match="_sparse_adagrad_update"):
        opt.update(0, w, rsp([[1, 1]], [2]), opt.create_state(0, w))


def test_lars_updates_only_the_rows_of_a_row_sparse_gradient():
    opt = mx.optimizer.create("lars", learning_rate=0.1, wd=0.1)
    w = nd.array(W)
    opt.update(0, w, rsp([[1, 1]], [2]), None)
    np.testing.assert_allclose(w.asnumpy(), [[1, 2], [3, 4], [4.999246, 5.999196], [7, 8]], rtol=1e-6)


def test_adadelta_scales_a_row_sparse_gradient_in_place():
    opt = mx.optimizer.create("adadelta", wd=0.1, rescale_grad=0.5)
    g = rsp([[2, 4]], [1])
    w = nd.ones((4, 2))
    opt.update(0, w, g, opt.create_state(0, w))
    assert g.data.asnumpy().tolist() == [[1, 2]]


def test_test_optimizer_on_a_row_sparse_weight_fails_assigning_it_back_before_setting_its_state():
    opt = mx.optimizer.create("test")
    w = nd.array(W).tostype("row_sparse")
    state = opt.create_state(0, w)
    grad = nd.sparse.row_sparse_array((np.ones((1, 2), np.float32), [1]), shape=(4, 2))
    with pytest.raises(TypeError, match=r"<class 'mxnet.ndarray.ndarray.NDArray'> does not support assignment"):
        opt.update(0, w, grad, state)
    assert w.asnumpy().tolist() == (np.array(W, np.float32) + [[0, 0], [1, 1], [0, 0], [0, 0]]).tolist()
    assert not state.asnumpy().any()


def test_mp_sgd_mom_update_updates_row_sparse_momentum_and_master_through_dense_copies():
    weight = nd.array([[1, 2], [3, 4]], dtype="float16")
    grad = nd.array([[0.5, 0.5], [1, 1]], dtype="float16")
    mom = nd.array([[0.1, 0.2], [0.3, 0.0]]).tostype("row_sparse")
    master = weight.astype("float32").tostype("row_sparse")
    out = nd.mp_sgd_mom_update(weight, grad, mom, master, lr=0.1, momentum=0.9)
    # mom = 0.9 * mom - 0.1 * grad; master += mom
    expected_mom = 0.9 * np.array([[0.1, 0.2], [0.3, 0.0]]) - 0.1 * np.array([[0.5, 0.5], [1, 1]])
    assert mom.stype == master.stype == "row_sparse"
    assert np.allclose(mom.asnumpy(), expected_mom, atol=1e-6)
    assert np.allclose(master.asnumpy(), np.array([[1, 2], [3, 4]]) + expected_mom, atol=1e-6)
    assert out.dtype == np.float16 and np.allclose(out.asnumpy(), master.asnumpy(), atol=1e-3)


@pytest.mark.parametrize("op, n_states", [("ftrl_update", 2), ("adam_update", 2), ("sgd_mom_update", 1)])
def test_a_lazy_update_with_a_gradient_storing_no_rows_leaves_weight_and_states_unchanged(op, n_states):
    weight = nd.array(W).tostype("row_sparse")
    states = [nd.array(W).tostype("row_sparse") for _ in range(n_states)]
    grad = nd.sparse.row_sparse_array((np.zeros((0, 2), np.float32), np.zeros(0, np.int64)), shape=(4, 2))
    out = getattr(nd, op)(weight, grad, *states, lr=0.1, out=weight)
    assert out is weight and weight.asnumpy().tolist() == W
    assert all(s.asnumpy().tolist() == W for s in states)

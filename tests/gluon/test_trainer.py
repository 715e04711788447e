"""Trainer: updates against the optimizer's formula, stale gradients, learning rate, states."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, gluon, nd
from distnet.test_utils import assert_almost_equal


def _param(name, value, ctx=None):
    p = gluon.Parameter(name, shape=np.shape(value))
    p.initialize(mx.init.Zero(), ctx=ctx)
    p.set_data(nd.array(value))
    return p


def _backward(params, coeffs):
    """loss = sum_i sum(coeff_i * p_i) on every context, so grad p_i = coeff_i."""
    for ctx_index in range(len(params[0].list_ctx())):
        with autograd.record():
            loss = sum((p.list_data()[ctx_index] * c).sum() for p, c in zip(params, coeffs))
        loss.backward()


@pytest.mark.parametrize("kvstore", [None, "device", "local"])
def test_sgd_step_matches_formula(kvstore):
    w = _param("w", [1.0, 2.0])
    b = _param("b", [0.5])
    trainer = gluon.Trainer([w, b], "sgd", {"learning_rate": 0.1, "wd": 0.01}, kvstore=kvstore)
    expected_w, expected_b = np.array([1.0, 2.0]), np.array([0.5])
    for _ in range(3):
        _backward([w, b], [4.0, 2.0])
        trainer.step(batch_size=2)
        expected_w = expected_w - 0.1 * (4.0 / 2 + 0.01 * expected_w)
        expected_b = expected_b - 0.1 * (2.0 / 2 + 0.01 * expected_b)
    assert_almost_equal(w.data(), expected_w.astype(np.float32), rtol=1e-6)
    assert_almost_equal(b.data(), expected_b.astype(np.float32), rtol=1e-6)


def test_dict_params_are_taken_in_sorted_name_order():
    pd = gluon.ParameterDict()
    pd.get("zeta", shape=(1,))
    pd.get("alpha", shape=(1,))
    pd.initialize(mx.init.Zero())
    trainer = gluon.Trainer(pd, "sgd")
    assert [p.name for p in trainer._params] == ["alpha", "zeta"]


def test_stale_gradient_is_an_error_unless_ignored():
    used, unused = _param("used", [1.0]), _param("unused", [1.0])
    trainer = gluon.Trainer([used, unused], "sgd", {"learning_rate": 1.0}, kvstore=None)
    _backward([used], [1.0])
    with pytest.raises(UserWarning, match="`unused` .* has not been updated by backward"):
        trainer.step(1)
    _backward([used], [1.0])
    trainer.step(1, ignore_stale_grad=True)
    assert_almost_equal(unused.data(), np.array([1.0], np.float32))
    assert used.data().asscalar() < 1.0


def test_gradient_consumed_by_step_is_stale_for_the_next():
    w = _param("w", [1.0])
    trainer = gluon.Trainer([w], "sgd", kvstore=None)
    _backward([w], [1.0])
    trainer.step(1)
    with pytest.raises(UserWarning, match="has not been updated"):
        trainer.step(1)


def test_learning_rate_get_and_set():
    w = _param("w", [1.0])
    trainer = gluon.Trainer([w], "sgd", {"learning_rate": 0.5})
    assert trainer.learning_rate == 0.5
    trainer.set_learning_rate(0.25)
    assert trainer.learning_rate == 0.25 and trainer.optimizer.lr == 0.25
    _backward([w], [1.0])
    trainer.step(1)
    assert_almost_equal(w.data(), np.array([0.75], np.float32))


def test_lr_mult_applies_per_parameter():
    a, b = _param("a", [0.0]), _param("b", [0.0])
    b.lr_mult = 2.0
    trainer = gluon.Trainer([a, b], "sgd", {"learning_rate": 1.0}, kvstore=None)
    _backward([a, b], [1.0, 1.0])
    trainer.step(1)
    assert (a.data().asscalar(), b.data().asscalar()) == (-1.0, -2.0)


def test_allreduce_then_update_equals_step_on_two_contexts():
    ctx = [mx.cpu(0), mx.cpu(1)]
    w = _param("w", [1.0, 1.0], ctx)
    trainer = gluon.Trainer([w], "sgd", {"learning_rate": 0.1}, kvstore="device", update_on_kvstore=False)
    _backward([w], [1.0])
    trainer.allreduce_grads()
    for g in w.list_grad():                 # summed over the two contexts
        assert_almost_equal(g, np.array([2.0, 2.0], np.float32))
    trainer.update(batch_size=2)
    for d in w.list_data():
        assert_almost_equal(d, np.array([0.9, 0.9], np.float32))


def test_two_context_step_through_kvstore_updates_every_copy():
    ctx = [mx.cpu(0), mx.cpu(1)]
    w = _param("w", [1.0, 2.0], ctx)
    trainer = gluon.Trainer([w], "sgd", {"learning_rate": 0.5}, kvstore="device")
    _backward([w], [3.0])
    trainer.step(batch_size=6)              # summed gradient 6, rescaled by 1/6
    assert trainer._kvstore is not None
    for d in w.list_data():
        assert_almost_equal(d, np.array([0.5, 1.5], np.float32))


def test_kvstore_object_is_used_even_on_one_context():
    kv = mx.kv.create("local")
    w = _param("w", [1.0])
    trainer = gluon.Trainer([w], "sgd", {"learning_rate": 1.0}, kvstore=kv)
    _backward([w], [1.0])
    trainer.step(1)
    assert trainer._kvstore is kv
    assert_almost_equal(w.data(), np.array([0.0], np.float32))


def test_update_is_refused_when_the_kvstore_updates():
    kv = mx.kv.create("local")
    w = _param("w", [1.0])
    trainer = gluon.Trainer([w], "sgd", kvstore=kv, update_on_kvstore=True)
    with pytest.raises(AssertionError, match="update_on_kvstore"):      # MXNet asserts here
        trainer.update(1)
    with pytest.raises(AssertionError, match="update_on_kvstore"):
        trainer.allreduce_grads()


def test_save_and_load_states_restore_momentum(tmp_path):
    w = _param("w", [1.0])
    trainer = gluon.Trainer([w], "sgd", {"learning_rate": 0.1, "momentum": 0.9}, kvstore=None)
    _backward([w], [1.0])
    trainer.step(1)
    trainer.save_states(str(tmp_path / "t.states"))
    _backward([w], [1.0])
    trainer.step(1)
    after_two = w.data().asscalar()
    w.set_data(nd.array([0.9]))
    trainer2 = gluon.Trainer([w], "sgd", {"learning_rate": 0.1, "momentum": 0.9}, kvstore=None)
    trainer2.load_states(str(tmp_path / "t.states"))
    _backward([w], [1.0])
    trainer2.step(1)
    assert w.data().asscalar() == pytest.approx(after_two, rel=1e-6)


def test_params_on_different_contexts_are_rejected():
    a = _param("a", [1.0], mx.cpu(0))
    b = _param("b", [1.0], mx.cpu(1))
    with pytest.raises(AssertionError, match="same set of contexts"):
        gluon.Trainer([a, b], "sgd")


def test_optimizer_instance_and_params_together_are_rejected():
    w = _param("w", [1.0])
    with pytest.raises(AssertionError, match="optimizer_params must be None"):
        gluon.Trainer([w], mx.optimizer.SGD(), {"learning_rate": 1.0})


# (kvstore, contexts, update_on_kvstore argument) -> (kvstore type, update_on_kvstore), as MXNet 1.9.1 decides
KV_CHOICES = [
    (None, 1, None, None, None), (None, 2, False, None, None),
    ("local", 1, None, None, None), ("local", 2, None, "local", True), ("local", 2, False, "local", False),
    ("device", 1, False, None, None), ("device", 2, None, "device", True), ("device", 2, True, "device", True),
    ("device", 2, False, "device", False),
    ("object", 1, None, "local", True), ("object", 1, False, "local", False), ("object", 2, True, "local", True),
    ("teststore", 1, None, "teststore", False), ("teststore", 2, False, "teststore", False),
]


@pytest.mark.parametrize("kvstore, nctx, update_on_kvstore, kv_type, on_kv", KV_CHOICES, ids=str)
def test_kvstore_choice_and_result_match_mxnet(kvstore, nctx, update_on_kvstore, kv_type, on_kv):
    ctx = [mx.cpu(i) for i in range(nctx)]
    w = _param("w", [1.0, 2.0], ctx)
    if kvstore == "object":
        kvstore = mx.kv.create("local")
    elif kvstore == "teststore":
        kvstore = mx.kv.create("teststore")
    trainer = gluon.Trainer([w], "sgd", {"learning_rate": 0.1, "momentum": 0.5}, kvstore=kvstore,
                            update_on_kvstore=update_on_kvstore)
    for coeff in (3.0, 1.0):
        _backward([w], [coeff])
        trainer.step(2)
    assert (trainer._kvstore.type if trainer._kvstore else None, trainer._update_on_kvstore) == (kv_type, on_kv)
    assert trainer._distributed is False
    # MXNet 1.9.1: each context's own gradient [0.725, 1.725]; two contexts summed by a kvstore [0.45, 1.45]
    summed = nctx == 2 and kv_type is not None
    expected = [0.44999998807907104, 1.4500000476837158] if summed else [0.7250000238418579, 1.725000023841858]
    for d in w.list_data():
        assert d.asnumpy().tolist() == expected


def test_update_on_kvstore_true_with_a_store_without_optimizer_is_refused():
    w = _param("w", [1.0])
    trainer = gluon.Trainer([w], "sgd", kvstore=mx.kv.create("teststore"), update_on_kvstore=True)
    _backward([w], [1.0])
    with pytest.raises(ValueError, match="update_on_kvstore=False"):
        trainer.step(1)


def test_update_on_kvstore_without_a_kvstore_fails_as_mxnet():
    # MXNet 1.9.1 asks the missing kvstore whether it can run an optimizer: AttributeError on None
    w = _param("w", [1.0])
    trainer = gluon.Trainer([w], "sgd", {"learning_rate": 0.5}, kvstore=None, update_on_kvstore=True)
    _backward([w], [1.0])
    with pytest.raises(AttributeError, match="is_capable"):
        trainer.step(1)
    assert w.data().asscalar() == 1.0


def test_environment_can_turn_off_update_on_kvstore(monkeypatch):
    monkeypatch.setenv("MXNET_UPDATE_ON_KVSTORE", "0")
    w = _param("w", [1.0], [mx.cpu(0), mx.cpu(1)])
    trainer = gluon.Trainer([w], "sgd", kvstore="device")
    _backward([w], [1.0])
    trainer.step(1)
    assert trainer._update_on_kvstore is False
    assert_almost_equal(w.data(), np.array([0.98], np.float32))


def test_gradients_pushed_to_an_updating_kvstore_are_not_marked_stale():
    # as in MXNet: with update_on_kvstore the stale check does not fire and the old gradient is applied again
    w = _param("w", [1.0])
    trainer = gluon.Trainer([w], "sgd", kvstore=mx.kv.create("local"), update_on_kvstore=True)
    _backward([w], [1.0])
    trainer.step(1)
    trainer.step(1)
    assert_almost_equal(w.data(), np.array([0.98], np.float32))
    trainer2 = gluon.Trainer([w], "sgd", kvstore=mx.kv.create("local"), update_on_kvstore=False)
    _backward([w], [1.0])
    trainer2.step(1)
    with pytest.raises(UserWarning, match="has not been updated"):
        trainer2.step(1)


def test_save_and_load_states_through_the_kvstore(tmp_path):
    w = _param("w", [1.0])
    trainer = gluon.Trainer([w], "sgd", {"learning_rate": 0.1, "momentum": 0.9}, kvstore=mx.kv.create("local"))
    _backward([w], [1.0])
    trainer.step(1)
    trainer.save_states(str(tmp_path / "kv.states"))
    _backward([w], [1.0])
    trainer.step(1)
    after_two = w.data().asnumpy().tolist()
    w.set_data(nd.array([0.9]))
    trainer2 = gluon.Trainer([w], "sgd", {"learning_rate": 0.1, "momentum": 0.9}, kvstore=mx.kv.create("local"))
    trainer2.load_states(str(tmp_path / "kv.states"))
    _backward([w], [1.0])
    trainer2.step(1)
    assert trainer2._update_on_kvstore is True and trainer2.optimizer.momentum == 0.9
    assert w.data().asnumpy().tolist() == after_two == [0.7099999785423279]          # MXNet 1.9.1


def test_compression_params_reach_the_kvstore():
    w = _param("w", [0.0, 0.0])
    trainer = gluon.Trainer([w], "sgd", {"learning_rate": 1.0}, kvstore=mx.kv.create("device"),
                            compression_params={"type": "2bit", "threshold": 0.5})
    seen = []
    for _ in range(3):
        _backward([w], [0.3])
        trainer.step(1)
        seen.append(w.data().asnumpy().tolist())
    assert seen == [[0.0, 0.0], [-0.5, -0.5], [-0.5, -0.5]]                          # MXNet 1.9.1


def test_compression_with_a_local_kvstore_is_refused():
    w = _param("w", [1.0], [mx.cpu(0), mx.cpu(1)])
    trainer = gluon.Trainer([w], "sgd", kvstore="local", compression_params={"type": "2bit", "threshold": 0.5})
    _backward([w], [1.0])
    with pytest.raises(Exception, match="Gradient compression is not supported for this type of kvstore"):
        trainer.step(1)


def test_kvstore_of_a_wrong_type_is_refused():
    w = _param("w", [1.0])
    trainer = gluon.Trainer([w], "sgd", kvstore=3)
    with pytest.raises(TypeError, match="kvstore must be KVStore, str or None"):
        trainer.step(1)

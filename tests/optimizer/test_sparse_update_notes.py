"""MXNet's stderr notes when an optimizer meets a row_sparse gradient (an Embedding with sparse_grad=True): the
lazy update of sgd_mom_update/adam_update is noted once per process; the update operators with no kernel for a
dense weight and a row_sparse gradient note their storage fallback once per distinct report (FTML's step count
makes each step's report distinct)."""
import re

import pytest

import distnet as mx
from distnet.ndarray import storage_report

LAZY = (r"\[\d\d:\d\d:\d\d\] \.\./src/operator/\./\./\.\./common/utils\.h:472: Optimizer with lazy_update = True "
        r"detected\. Be aware that lazy update with row_sparse gradient is different from standard update")


@pytest.fixture(autouse=True)
def fresh_notes(monkeypatch):
    monkeypatch.setattr(storage_report, "_NOTED", set())


def _train(optimizer, steps=2, **params):
    net = mx.gluon.nn.Embedding(10, 4, sparse_grad=True)
    net.initialize()
    trainer = mx.gluon.Trainer(net.collect_params(), optimizer, dict(learning_rate=0.1, **params))
    for _ in range(steps):
        with mx.autograd.record():
            loss = net(mx.nd.array([1, 2, 2])).sum()
        loss.backward()
        trainer.step(1)
    return net.weight.data().asnumpy()


def _fallback(op, stypes, params):
    return (f"operator = {op}\ninput storage types = [{stypes}]\noutput storage types = [default, ]\n"
            f"params = {{{params}}}\ncontext.dev_mask = cpu\n")


def test_a_lazy_update_is_noted_once_per_process(capfd):
    _train("sgd", momentum=0.9)
    _train("adam")
    err = capfd.readouterr().err
    assert len(re.findall(LAZY, err)) == 1
    _train("sgd", momentum=0.9, lazy_update=False)
    _train("sgd")
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize("optimizer, params, report", [
    ("ftrl", {}, _fallback("ftrl_update", "default, row_sparse, default, default, ",
                           '"rescale_grad" : 1.0, "beta" : 1, "lamda1" : 0.01, "wd" : 0.0, "lr" : 0.1, ')),
    ("rmsprop", {"centered": True}, _fallback(
        "rmspropalex_update", "default, row_sparse, default, default, default, ",
        '"rescale_grad" : 1.0, "epsilon" : 1e-08, "gamma2" : 0.9, "gamma1" : 0.9, "wd" : 0.0, "lr" : 0.1, ')),
    ("signum", {}, _fallback("signum_update", "default, row_sparse, default, ",
                             '"rescale_grad" : 1.0, "wd" : 0.0, "momentum" : 0.9, "lr" : 0.1, ')),
])
def test_a_dense_only_update_notes_its_fallback_once(capfd, optimizer, params, report):
    _train(optimizer, **params)
    err = capfd.readouterr().err
    assert err.count("Storage type fallback detected") == 1
    assert report in err


def test_ftml_notes_each_step_its_count_makes_distinct(capfd):
    _train("ftml", steps=3)
    err = capfd.readouterr().err
    assert [int(t) for t in re.findall(r'"t" : (\d+)', err)] == [1, 2, 3]
    assert err.count("operator = ftml_update") == 3


def test_updates_with_sparse_kernels_say_nothing(capfd):
    for optimizer in ("sgd", "adagrad", "nag", "adamax", "nadam", "dcasgd"):
        _train(optimizer)
    assert capfd.readouterr().err == ""


def test_nag_with_momentum_notes_its_fallback(capfd):
    _train("nag", momentum=0.9)
    assert _fallback("nag_mom_update", "default, row_sparse, default, ",
                     '"rescale_grad" : 1.0, "wd" : 0.0, "momentum" : 0.9, "lr" : 0.1, ') in capfd.readouterr().err


def test_adadelta_notes_the_fallbacks_of_its_arithmetic_in_order(capfd):
    _train("adadelta")
    err = capfd.readouterr().err
    add, mul = (err.find(_fallback(op, "default, row_sparse, ", "")) for op in ("broadcast_add", "broadcast_mul"))
    assert 0 <= add < mul
    assert err.count("Storage type fallback detected") == 2


def test_a_lazy_sgd_update_is_noted_only_with_weight_decay(capfd):
    _train("sgd")
    assert capfd.readouterr().err == ""
    _train("sgd", wd=0.01)
    assert len(re.findall(LAZY, capfd.readouterr().err)) == 1


def test_group_adagrad_on_a_dense_weight_says_nothing(capfd):
    _train("groupadagrad")
    assert capfd.readouterr().err == ""


def test_a_multi_precision_weight_notes_its_dense_only_kernel(capfd):
    opt = mx.optimizer.create("sgd", momentum=0.9, multi_precision=True, learning_rate=0.1)
    weight = mx.nd.ones((4, 2), dtype="float16")
    grad = mx.nd.sparse.row_sparse_array((mx.nd.ones((1, 2), dtype="float16"), [1]), shape=(4, 2))
    opt.update_multi_precision(0, weight, grad, opt.create_state_multi_precision(0, weight))
    assert _fallback("mp_sgd_mom_update", "default, row_sparse, default, default, ",
                     '"rescale_grad" : 1.0, "wd" : 0.0, "momentum" : 0.9, "lr" : 0.1, ') in capfd.readouterr().err


COPY_BACK = "Copy from default storage type on cpu to row_sparse storage type on cpu."


def _update_sparse_weight(optimizer, dense_grad, multi_precision=False, **params):
    """Two updates of a row_sparse weight (float16 with ``multi_precision``) by a row_sparse or dense gradient."""
    opt = mx.optimizer.create(optimizer, multi_precision=multi_precision, wd=0.01, **params)
    dtype = "float16" if multi_precision else "float32"
    weight = mx.nd.ones((4, 3), dtype=dtype).tostype("row_sparse")
    state = opt.create_state_multi_precision(0, weight)
    for _ in range(2):
        grad = mx.nd.sparse.row_sparse_array((mx.nd.ones((2, 3), dtype=dtype), [0, 2]), shape=(4, 3))
        opt.update_multi_precision(0, weight, grad.tostype("default") if dense_grad else grad, state)
    return weight


@pytest.mark.parametrize("optimizer, dense_grad, ops", [
    ("adadelta", True, ["broadcast_add"]),
    ("nadam", False, ["broadcast_add"]),
    ("sgld", False, []),
    ("sgld", True, ["broadcast_add"]),
    ("adamax", False, ["broadcast_add", "broadcast_maximum"]),
    ("adamax", True, ["broadcast_add"]),
    ("dcasgd", True, ["broadcast_add", "broadcast_mul"]),
])
def test_arithmetic_rules_note_their_dense_steps_and_the_copy_into_a_sparse_weight(capfd, optimizer, dense_grad, ops):
    assert _update_sparse_weight(optimizer, dense_grad).stype == "row_sparse"
    err = capfd.readouterr().err
    noted = re.findall(r"operator = (\w+)\ninput storage types = \[default, row_sparse, \]", err)
    assert [op for op in noted if op.startswith("broadcast_")] == ops
    assert err.count(COPY_BACK) == 1 and err.rindex(COPY_BACK) > max([err.find(f"= {op}\n") for op in ops] + [-1])


@pytest.mark.parametrize("optimizer, params, op, inputs", [
    ("sgd", {}, "sgd_update", "row_sparse, default, "),
    ("sgd", {"momentum": 0.9}, "sgd_mom_update", "row_sparse, default, row_sparse, "),
    ("adam", {}, "adam_update", "row_sparse, default, row_sparse, row_sparse, "),
    ("rmsprop", {}, "rmsprop_update", "row_sparse, default, row_sparse, "),
    ("ftrl", {}, "ftrl_update", "row_sparse, default, row_sparse, row_sparse, "),
])
def test_a_fused_update_of_a_sparse_weight_by_a_dense_gradient_notes_its_fallback(capfd, optimizer, params, op,
                                                                                  inputs):
    _update_sparse_weight(optimizer, True, **params)
    err = capfd.readouterr().err
    assert f"operator = {op}\ninput storage types = [{inputs}]\noutput storage types = [row_sparse, ]\n" in err


def test_sgds_single_weight_call_shows_its_lazy_update(capfd):
    _update_sparse_weight("sgd", True, lazy_update=False)
    assert '"lazy_update" : False, "rescale_grad" : 1.0, "wd" : 0.01, "lr" : 0.01, ' in capfd.readouterr().err


def test_a_master_copy_cast_into_a_sparse_float16_weight_notes_its_fallback(capfd):
    _update_sparse_weight("adam", False, multi_precision=True)
    assert ('operator = Cast\ninput storage types = [row_sparse, ]\noutput storage types = [row_sparse, ]\n'
            'params = {"dtype" : float16, }\n') in capfd.readouterr().err


@pytest.mark.parametrize("dense_grad, multi_precision, op, inputs", [
    (False, False, "nag_mom_update", "row_sparse, row_sparse, default, "),
    (True, False, "nag_mom_update", "row_sparse, default, default, "),
    (True, True, "mp_nag_mom_update", "row_sparse, default, default, row_sparse, "),
])
def test_nag_notes_its_fallback_on_a_sparse_weight_once_with_the_weights_storage(capfd, dense_grad, multi_precision,
                                                                                 op, inputs):
    _update_sparse_weight("nag", dense_grad, multi_precision, momentum=0.9)
    err = capfd.readouterr().err
    assert err.count("Storage type fallback detected") == 1
    assert f"operator = {op}\ninput storage types = [{inputs}]\n" in err


def test_dcasgd_with_a_sparse_gradient_keeps_a_sparse_weights_arithmetic_sparse(capfd):
    _update_sparse_weight("dcasgd", False)
    assert capfd.readouterr().err == ""


def test_adagrad_notes_the_copy_into_a_sparse_history_before_its_dense_step(capfd):
    _update_sparse_weight("adagrad", True)
    err = capfd.readouterr().err
    assert err.count(COPY_BACK) == 1
    assert 0 <= err.index(COPY_BACK) < err.index("operator = broadcast_add\ninput storage types = [default, row_sparse, ]")


@pytest.mark.parametrize("dense_grad, multi_precision, op, inputs", [
    (True, False, "sgd_mom_update", "row_sparse, default, row_sparse, "),
    (False, True, "mp_sgd_mom_update", "row_sparse, row_sparse, row_sparse, row_sparse, "),
    (True, True, "mp_sgd_mom_update", "row_sparse, default, row_sparse, row_sparse, "),
])
def test_lars_notes_sgds_fallback_on_a_sparse_weight(capfd, dense_grad, multi_precision, op, inputs):
    _update_sparse_weight("lars", dense_grad, multi_precision, momentum=0.5)
    assert f"operator = {op}\ninput storage types = [{inputs}]\noutput storage types = [row_sparse, ]\n" in \
        capfd.readouterr().err


@pytest.mark.parametrize("dense_grad, multi_precision, phase2_inputs", [
    (True, False, "row_sparse, default, default, default, "),
    (False, True, "row_sparse, default, default, default, row_sparse, "),
])
def test_lamb_notes_both_phases_on_a_sparse_weight(capfd, dense_grad, multi_precision, phase2_inputs):
    _update_sparse_weight("lamb", dense_grad, multi_precision)
    err = capfd.readouterr().err
    assert err.count("lamb_update_phase1\n") == 2       # its step count makes each step's report distinct
    assert f"lamb_update_phase2\ninput storage types = [{phase2_inputs}]\noutput storage types = [row_sparse, ]\n" in err

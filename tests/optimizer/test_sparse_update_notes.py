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

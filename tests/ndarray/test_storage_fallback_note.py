"""MXNet warns on stderr when an operator runs its dense kernel on sparse arrays (a storage fallback): once per
distinct report (operator, storage types, the attributes given); MXNET_STORAGE_FALLBACK_LOG_VERBOSE=0 silences it.
Operators with a sparse kernel say nothing."""
import re

import pytest

import distnet as mx
from distnet.ndarray import storage_report

HEAD = r"\[\d\d:\d\d:\d\d\] \.\./src/executor/\.\./operator/\.\./common/utils\.h:472: \nStorage type fallback detected:\n"
ADVICE = ("The operator with default storage type will be dispatched for execution. You're seeing this warning "
          "message because the operator above")


@pytest.fixture(autouse=True)
def fresh_notes(monkeypatch):
    monkeypatch.setattr(storage_report, "_NOTED", set())


def _csr():
    return mx.nd.array([[0, 1, 0], [2, 0, 3]]).tostype("csr")


def _report(op, ins, params):
    return (f"operator = {op}\ninput storage types = [{ins}]\noutput storage types = [default, ]\n"
            f"params = {{{params}}}\ncontext.dev_mask = cpu\n")


def test_a_dense_kernel_on_a_csr_array_is_noted_once(capfd):
    a = _csr()
    assert mx.nd.exp(a).asnumpy()[1, 0] == pytest.approx(7.389056)
    err = capfd.readouterr().err
    assert re.match(HEAD, err)
    assert _report("exp", "csr, ", "") + ADVICE in err
    mx.nd.exp(a).wait_to_read()
    assert capfd.readouterr().err == ""


def test_each_distinct_set_of_attributes_is_noted(capfd):
    r = mx.nd.array([[0, 1, 0], [2, 0, 3]]).tostype("row_sparse")
    mx.nd.softmax(r, axis=0).wait_to_read()
    mx.nd.softmax(r, temperature=2.0).wait_to_read()
    mx.nd.mean(_csr(), axis=0, keepdims=True).wait_to_read()
    err = capfd.readouterr().err
    assert _report("softmax", "row_sparse, ", '"axis" : 0, ') in err
    assert _report("softmax", "row_sparse, ", '"temperature" : 2.0, ') in err
    assert _report("mean", "csr, ", '"keepdims" : True, "axis" : 0, ') in err      # MXNet's attribute map order
    assert err.count("Storage type fallback detected") == 3


def test_inputs_of_both_storage_types_are_listed(capfd):
    out = mx.nd.FullyConnected(_csr(), mx.nd.ones((2, 3)), num_hidden=2, no_bias=True)
    assert out.asnumpy().tolist() == [[1, 1], [5, 5]]
    assert _report("FullyConnected", "csr, default, ", '"no_bias" : True, "num_hidden" : 2, ') in \
        capfd.readouterr().err


def test_sparse_kernels_say_nothing(capfd):
    a = _csr()
    for r in (mx.nd.sin(a), a + a, mx.nd.relu(a), mx.nd.concat(a, a, dim=0), mx.nd.sum(a, axis=0)):
        r.wait_to_read()
    assert capfd.readouterr().err == ""


def test_the_environment_silences_it(capfd, monkeypatch):
    monkeypatch.setenv("MXNET_STORAGE_FALLBACK_LOG_VERBOSE", "0")
    mx.nd.exp(_csr()).wait_to_read()
    assert capfd.readouterr().err == ""


def test_kernel_lines_are_not_logged_while_kernels_are_skipped(capfd):
    with storage_report.kernels_skipped():
        storage_report.kernel_log_once("src/x.h", "advice")
    assert capfd.readouterr().err == ""
    storage_report.kernel_log_once("src/x.h", "advice")
    assert capfd.readouterr().err.endswith("src/x.h:472: advice\n")


def test_a_softmax_after_a_failed_op_gives_no_float16_advice(capfd):
    failed = mx.nd.FullyConnected(mx.nd.ones((2, 4), dtype="float16"), mx.nd.ones((3, 4), dtype="float16"),
                                  no_bias=True, num_hidden=3)
    out = mx.nd.log_softmax(failed)
    with pytest.raises(mx.base.MXNetError):
        out.asnumpy()
    assert "MXNET_SAFE_ACCUMULATION" not in capfd.readouterr().err

"""Executors over variables that share a name, and the aux_states forms bind checks."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd, sym


def _bound(req):
    a, a2, b = sym.Variable("a"), sym.Variable("a"), sym.Variable("b")
    net = a * 2 + b * 3 + a2 * 4          # arguments: a, b, a
    args = [nd.array([1.0]), nd.array([2.0]), nd.array([3.0])]
    grads = [nd.array([100.0]), nd.array([200.0]), nd.array([300.0])]
    return net.bind(mx.cpu(), args, args_grad=grads, grad_req=req), grads


@pytest.mark.parametrize("attr", ["arg_dict", "grad_dict"])
def test_dicts_refuse_shared_names(attr):
    ex, _ = _bound("write")
    with pytest.raises(ValueError, match=r"Duplicate names detected, \['a', 'b', 'a'\]"):
        getattr(ex, attr)
    with pytest.raises(ValueError, match="Duplicate names"):
        ex.copy_params_from({"a": nd.ones((1,))})
    with pytest.raises(ValueError, match="Duplicate names"):
        ex.forward(a=nd.ones((1,)))


def test_every_variable_of_a_name_reads_the_last_array():
    ex, _ = _bound("write")
    assert ex.forward()[0].asnumpy().tolist() == [3 * 2 + 2 * 3 + 3 * 4]


def test_write_keeps_only_the_last_variables_gradient():
    ex, grads = _bound("write")
    ex.forward(is_train=True)
    ex.backward(nd.ones((1,)))
    # the first a's array is neither read nor written; the last one's takes d(a2 * 4)/da2 only
    assert [g.asnumpy().tolist() for g in grads] == [[100.0], [3.0], [4.0]]


def test_add_sums_every_variable_of_the_name_into_the_last_array():
    ex, grads = _bound("add")
    for _ in range(2):
        ex.forward(is_train=True)
        ex.backward(nd.ones((1,)))
    assert [g.asnumpy().tolist() for g in grads] == [[100.0], [206.0], [300.0 + 2 * (2 + 4)]]


def test_the_last_positions_request_rules_the_name():
    ex, grads = _bound(["add", "write", "null"])
    ex.forward(is_train=True)
    ex.backward(nd.ones((1,)))
    assert [g.asnumpy().tolist() for g in grads] == [[100.0], [3.0], [300.0]]


def test_aux_states_list_longer_than_the_states_is_refused():
    x = sym.Variable("x")
    with pytest.raises(ValueError, match="Length of aux_states does not match the number of arguments"):
        (x * 2).bind(mx.cpu(), [nd.ones((2,))], aux_states=[nd.ones((2,))])


def test_empty_aux_dict_names_the_missing_state():
    net = sym.BatchNorm(sym.Variable("x"), name="bn")
    args = [nd.ones((2, 3)), nd.ones((3,)), nd.zeros((3,))]
    with pytest.raises(ValueError, match="key `bn_moving_mean` is missing in `aux_states`"):
        net.bind(mx.cpu(), args, aux_states={})

"""An update given a gradient or state of another shape or dtype fails in the words of the first operator MXNet
runs: a fused kernel's assign check (inputs weight, grad, states...), NDArray arithmetic's broadcast check."""
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError, message_of


def _fail(name, gshape, sshape, dtype="float32", gdtype=None, **kwargs):
    opt = mx.optimizer.create(name, multi_precision=dtype == "float16", **kwargs)
    w = nd.ones((2, 2), dtype=dtype)
    state = opt.create_state_multi_precision(0, nd.ones(sshape, dtype=dtype))
    with pytest.raises(MXNetError) as info:
        opt.update_multi_precision(0, w, nd.ones(gshape, dtype=gdtype or dtype), state)
    return message_of(info.value).splitlines()[0]


ASSIGN = "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {}-th {}: expected {}, got {}"
BROADCAST = "Check failed: l == 1 || r == 1: operands could not be broadcast together with shapes {} {}"


@pytest.mark.parametrize("name,kwargs", [("sgd", {"momentum": 0.9}), ("adam", {}), ("rmsprop", {"centered": True}),
                                         ("ftrl", {}), ("lamb", {}), ("signum", {})])
def test_fused_kernel_names_the_first_input_unlike_the_weight(name, kwargs):
    assert _fail(name, (3,), (2, 2), **kwargs) == ASSIGN.format(1, "input", "[2,2]", "[3]")
    assert _fail(name, (2, 2), (3,), **kwargs) == ASSIGN.format(2, "input", "[2,2]", "[3]")
    assert _fail(name, (3,), (3,), **kwargs) == ASSIGN.format(1, "input", "[2,2]", "[3]")


def test_multi_precision_through_the_master_copy_fails_at_its_cast_into_the_weight():
    # the update runs on the (3,) master copy, then casting it into the (2, 2) float16 weight fails
    assert _fail("adam", (3,), (3,), "float16") == ASSIGN.format(0, "output", "[3]", "[2,2]")
    assert _fail("adam", (2, 2), (3,), "float16") == ASSIGN.format(1, "input", "[3]", "[2,2]")
    # SGD's multi-precision kernel takes the float16 weight first
    assert _fail("sgd", (2, 2), (3,), "float16", momentum=0.9) == ASSIGN.format(2, "input", "[2,2]", "[3]")


def test_arithmetic_updates_fail_at_their_first_unbroadcastable_operation():
    assert _fail("adagrad", (3,), (2, 2)) == BROADCAST.format("[2,2]", "[3]")       # history += square(grad)
    assert _fail("adagrad", (2, 2), (3,)) == BROADCAST.format("[3]", "[2,2]")
    assert _fail("adamax", (4, 4), (2, 2)) == BROADCAST.format("[4,4]", "[2,2]")     # grad + wd * weight
    assert _fail("dcasgd", (2, 2), (3,)) == BROADCAST.format("[2,2]", "[3]")       # weight - previous weight
    assert _fail("nadam", (2, 2), (2, 1)) == "Shape inconsistent, Provided = [2,1], inferred shape=[2,2]"


def test_dcasgd_tests_its_momentum_state_before_any_shape():
    with pytest.raises(ValueError, match="truth value"):
        _fail("dcasgd", (3,), (2, 2), momentum=0.9)


def test_type_mismatch_reads_as_the_assign_check_alone():
    opt = mx.optimizer.create("sgd")
    with pytest.raises(MXNetError) as info:
        opt.update(0, nd.ones((2,)), nd.ones((2,), dtype="float16"), None)
    assert message_of(info.value) == ASSIGN.format(1, "input", "float32", "float16")     # (MXNet's one line)


def test_dcasgd_counts_the_update_before_testing_its_momentum_state():
    # MXNet's DCASGD counts the update (begin_num_update + 1) first: a text count fails there
    opt = mx.optimizer.create("dcasgd", momentum=0.9, begin_num_update="abc")
    w = nd.ones((2, 2))
    with pytest.raises(TypeError, match="can only concatenate str"):
        opt.update(0, w, nd.ones((2, 2)), opt.create_state(0, w))


@pytest.mark.parametrize("name", ["adagrad", "adadelta", "adamax", "nadam"])
def test_arithmetic_updates_broadcast_a_gradient_that_broadcasts_to_the_weight(name):
    # NDArray arithmetic broadcasts a (2, 1) gradient: the update equals the one with the gradient tiled
    rows = nd.array([[0.5], [-0.25]])
    results = []
    for grad in (rows, nd.array([[0.5, 0.5], [-0.25, -0.25]])):
        opt = mx.optimizer.create(name)
        w = nd.array([[1.0, 2.0], [3.0, 4.0]])
        state = opt.create_state(0, w)
        opt.update(0, w, grad, state)
        results.append(w.asnumpy().tolist())
    assert results[0] == results[1]


def test_group_adagrad_reduces_the_gradient_over_its_second_axis_as_mxnet():
    opt = mx.optimizer.create("groupadagrad")
    w = nd.ones((2, 2))
    with pytest.raises(MXNetError) as info:
        opt.update(0, w, nd.ones((3,)), opt.create_state(0, w))
    assert message_of(info.value) == ("Check failed: axes[axes.ndim()-1] < ishape.ndim() (1 vs. 1) : Reduction axis 1 "
                               "Exceeds input dimensions [3]")
    with pytest.raises(MXNetError, match=r"broadcast together with shapes \[2,1\] \[4,1\]"):
        opt.update(0, w, nd.ones((4, 4)), opt.create_state(0, w))
    # a (2, 1) gradient broadcasts over the columns: the same step as the tiled gradient
    results = []
    for grad in (nd.array([[0.5], [-0.25]]), nd.array([[0.5, 0.5], [-0.25, -0.25]])):
        w = nd.array([[1.0, 2.0], [3.0, 4.0]])
        opt.update(0, w, grad, opt.create_state(0, w))
        results.append(w.asnumpy().tolist())
    assert results[0] == results[1]

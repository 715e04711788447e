"""autograd's argument checks and the second orders MXNet refuses for broadcast, pad, topk and regression ops."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd as ag, nd
from distnet.base import MXNetError


@pytest.mark.parametrize("req, error", [(None, KeyError), ("WRITE", KeyError), (["write"], TypeError)])
def test_attach_grad_looks_the_request_up_by_name(req, error):
    with pytest.raises(error):
        nd.ones(2).attach_grad(grad_req=req)


def test_grad_refuses_an_empty_variable_list():
    x = nd.array([1., 2.])
    x.attach_grad()
    with ag.record():
        y = x * x
    with pytest.raises(AssertionError, match="variables cannot be an empty list"):
        ag.grad(y, [])
    assert ag.grad(y, (x,))[0].asnumpy().tolist() == [2., 4.]


@pytest.mark.parametrize("heads", [None, 3])
def test_heads_without_a_length_are_refused_by_len(heads):
    with pytest.raises(TypeError, match="has no len()"):
        ag.grad(heads, [nd.ones(1)])
    with pytest.raises(TypeError, match="has no len()"):
        ag.backward(heads)


def _second_order(make):
    x = nd.array([[0.3, 0.6]])
    x.attach_grad()
    with ag.record():
        y = make(x)
        g = ag.grad(y, [x], create_graph=True, retain_graph=True)[0]
    g.backward()


@pytest.mark.parametrize("make", [
    lambda x: nd.broadcast_to(x, shape=(3, 2)),
    lambda x: nd.broadcast_to(x.reshape((2,)).reshape((1, 2)), shape=(3, 2)),
    lambda x: nd.broadcast_axis(x, axis=0, size=3),
    lambda x: nd.broadcast_like(x, nd.ones((3, 2))),
    lambda x: nd.pad(x.reshape((1, 1, 1, 2)), mode="constant", pad_width=(0, 0, 0, 0, 0, 0, 1, 1)),
])
def test_gradient_reading_only_the_output_gradient_reaches_no_variable(make):
    with pytest.raises(MXNetError, match="There are no inputs in computation graph"):
        _second_order(make)


@pytest.mark.parametrize("make, backward_op", [
    (lambda x: nd.broadcast_to(x, shape=(3, 2)) * x, "_broadcast_backward"),
    (lambda x: nd.broadcast_like(x, nd.ones((3, 2))) * x, "_broadcast_backward"),
    (lambda x: nd.topk(x, ret_typ="value", k=1), "_backward_topk"),
    (lambda x: nd.LinearRegressionOutput(x, nd.zeros((1, 2))), "_backward_linear_reg_out"),
    (lambda x: nd.MAERegressionOutput(x, nd.zeros((1, 2))), "_backward_mae_reg_out"),
    (lambda x: nd.LogisticRegressionOutput(x, nd.zeros((1, 2))), "_backward_logistic_reg_out"),
])
def test_second_order_fails_at_mxnets_backward_op(make, backward_op):
    with pytest.raises(MXNetError, match=f"Operator {backward_op} is non-differentiable"):
        _second_order(make)


def test_first_order_of_broadcast_to_still_sums_the_broadcast_rows():
    x = nd.array([[0.3, 0.6]])
    x.attach_grad()
    with ag.record():
        y = nd.broadcast_to(x, shape=(3, 2)) * nd.array([[1.], [2.], [4.]])
    y.backward()
    np.testing.assert_array_equal(x.grad.asnumpy(), [[7., 7.]])
    assert mx.autograd.is_recording() is False


class _Three(ag.Function):
    def forward(self, x, y, z):
        return x * y * z

    def backward(self, d):
        return d * 2, d * 3, d * 4


@pytest.mark.parametrize("marks, expected", [
    ((1, 1, 1), [2, 3, 4]),
    ((1, 0, 1), [2, None, 0]),          # written in order until an input asks no gradient
    ((0, 1, 1), [None, 0, 0]),
    ((1, "null", 1), [2, None, 0]),
])
def test_function_writes_gradients_until_an_input_asks_none(marks, expected):
    xs = [nd.array([1., 2.]) for _ in marks]
    for x, mark in zip(xs, marks):
        if mark:
            x.attach_grad(grad_req=mark if isinstance(mark, str) else "write")
    with ag.record():
        y = _Three()(*xs)
    y.backward()
    for x, value in zip(xs, expected):
        assert (x.grad is None) if value is None else x.grad.asnumpy().tolist() == [value, value]


def test_function_forward_returning_a_number_is_refused_by_len_when_recorded():
    class Number(ag.Function):
        def forward(self, x):
            return 3

    x = nd.ones(2)
    x.attach_grad()
    assert Number()(x) == 3
    with ag.record(), pytest.raises(TypeError, match="object of type 'int' has no len()"):
        Number()(x)


def test_get_symbol_refuses_non_arrays_and_unrecorded_arrays():
    with pytest.raises(AssertionError, match="Invalid argument type"):
        ag.get_symbol(3)
    with pytest.raises(MXNetError, match="NDArray is not part of a computation graph"):
        ag.get_symbol(nd.ones(2))


@pytest.mark.parametrize("name", ["mean", "max", "prod", "nansum"])
def test_bool_reduction_gradient_fails_when_read_not_in_backward(name):
    x = nd.array([1, 0, 1], dtype="bool")
    x.attach_grad()
    with ag.record():
        y = getattr(nd, name)(x)
    y.backward()                        # MXNet's engine keeps the kernel's error for the gradient's read
    assert y.asnumpy().tolist() == [name != "prod"]      # (a 0 in the product)
    with pytest.raises(MXNetError, match="Unknown type enum 7"):
        x.grad.asnumpy()


def _x_squared():
    x = nd.array([1., 2.])
    x.attach_grad()
    with ag.record():
        y = x * x
    return x, y


def test_grad_refusals_use_mxnets_check_words():
    x, y = _x_squared()
    unattached, unused = nd.ones(2), nd.ones(2)
    unused.attach_grad()
    with pytest.raises(MXNetError, match=r"Check failed: !AGInfo: :IsNone\(\*variables\[i\]\) && AGInfo::IsVariable"
                                         r".*the 2-th variable because it does not require gradient\.$"):
        ag.grad(y, [x, unattached], retain_graph=True)
    with pytest.raises(MXNetError, match=r"Check failed: output_grads.find\(xs\[i\].node.get\(\)\) != "
                                         r"output_grads.end\(\): .*the 1-th variable because it is unreachable "
                                         r"from the outputs\.$"):
        ag.grad(y, [unused])
    nulled = nd.ones(2)
    nulled.attach_grad("null")
    with ag.record():
        z = nulled * 2
    with pytest.raises(MXNetError, match=r"1-th variable because it does not require gradient\.$"):
        ag.grad(z, [nulled])


@pytest.mark.parametrize("item, name", [(np.ones(2), "numpy.ndarray"), (1.5, "float"), (3, "int")])
def test_non_arrays_are_refused_as_objects_without_a_handle(item, name):
    x, y = _x_squared()
    message = f"'{name}' object has no attribute 'handle'$"
    with pytest.raises(AttributeError, match=message):
        y.backward(item)
    with pytest.raises(AttributeError, match=message):
        ag.grad(y, [item])
    with pytest.raises(AttributeError, match=message):
        ag.mark_variables([item], [nd.zeros(2)])


def test_mark_variables_buffer_unlike_its_variable_is_refused_with_the_shape_check():
    for buffer in (nd.zeros(3), nd.zeros(2, dtype="float64"), nd.zeros((2, 1))):
        x = nd.ones(2)
        ag.mark_variables([x], [buffer])
        with ag.record():
            y = x * 2
        with pytest.raises(MXNetError, match=r"infer_graph_attr_pass.cc:101: Check failed: \(rshape\[eid\]\) == "
                                             r".* Backward shape inconsistent with the forward shape$"):
            y.backward()


def test_get_symbol_of_an_unrecorded_array_words():
    with pytest.raises(MXNetError, match=r"Check failed: !Imperative: :AGInfo::IsNone\(\*this\): NDArray is not "
                                         r"part of a computation graph"):
        ag.get_symbol(nd.ones(2))


_NO_INPUTS = r"Check failed: xs.size\(\) > 0 \(0 vs. 0\) : There are no inputs in computation graph"


def test_head_recorded_before_a_backward_freed_its_inputs_sees_them_as_constants():
    x = nd.array([1., 2.])
    x.attach_grad()
    with ag.record():
        y = x * x
        a, b = y * 2, y * 3
    a.backward()
    assert x.grad.asnumpy().tolist() == [4., 8.]
    with pytest.raises(MXNetError, match=_NO_INPUTS):        # y's graph is gone: b reaches no variable
        b.backward()
    with pytest.raises(MXNetError, match="Cannot differentiate node because it is not in a computational graph"):
        a.backward()                                         # a's own graph is gone
    with ag.record():
        z = y * 4                                            # y is a plain array now: nothing is recorded
    with pytest.raises(MXNetError, match="Cannot differentiate node because it is not in a computational graph"):
        z.backward()
    with pytest.raises(MXNetError, match="NDArray is not part of a computation graph"):
        ag.get_symbol(a)


@pytest.mark.parametrize("flag, words", [(None, "'NoneType' object cannot be interpreted as an integer"),
                                         ("yes", "'str' object cannot be interpreted as an integer")])
def test_backward_flags_are_read_as_c_ints(flag, words):
    x, y = _x_squared()
    with pytest.raises(TypeError, match=words):
        y.backward(retain_graph=flag)
    with pytest.raises(TypeError, match=words):
        ag.backward([y], train_mode=flag)
    with pytest.raises(TypeError, match=words):
        ag.grad(y, [x], create_graph=flag)
    y.backward()                    # refused before running: the graph is still there
    assert x.grad.asnumpy().tolist() == [2., 4.]


def test_a_pass_meeting_an_entry_freed_under_a_node_recorded_before_fails_as_mxnet():
    x = nd.array([1., 2.])
    x.attach_grad()
    with ag.record():
        y = x * x
        a, b = y * 2, y * 3
        c = b + x                   # reaches x directly, and y through b
    a.backward()
    with pytest.raises(MXNetError, match=r"Check failed: type_ != nullptr: The any container is empty"):
        c.backward()
    assert x.grad.asnumpy().tolist() == [4., 8.]       # nothing written
    with ag.record():
        w = y * x                   # recorded after the free: y is a constant
    w.backward()
    assert x.grad.asnumpy().tolist() == [1., 4.]

"""Symbol behaviours measured with MXNet 1.9.1: regression label shapes, and binding variables that share a name."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError


@pytest.mark.parametrize("op", ["LinearRegressionOutput", "LogisticRegressionOutput", "MAERegressionOutput"])
@pytest.mark.parametrize("data, label", [((4, 1), (4,)), ((4, 3), (4, 3)), ((4,), (4,)), ((4, 2, 1), (4, 2, 1))])
def test_regression_label_shape_follows_data_but_one_column_data_takes_a_vector(op, data, label):
    sym = getattr(mx.sym, op)(mx.sym.var("x"), name="r")
    assert sym.infer_shape(x=data) == ([data, label], [data], [])


def test_regression_over_one_column_binds_a_vector_label_and_differentiates():
    sym = mx.sym.LinearRegressionOutput(mx.sym.var("x"), name="r")
    ex = sym.simple_bind(mx.cpu(), x=(4, 1))
    assert ex.arg_dict["r_label"].shape == (4,)
    ex.arg_dict["x"][:] = mx.nd.array([[1], [2], [3], [4]])
    ex.arg_dict["r_label"][:] = mx.nd.array([0, 2, 5, 3])
    ex.forward(is_train=True)
    ex.backward()
    assert ex.grad_dict["x"].asnumpy().ravel().tolist() == [1, 0, -2, 1]


def _same_name_product():
    return mx.sym.var("a") * mx.sym.var("a")


@pytest.mark.parametrize("bind", [
    lambda s: s.bind(mx.cpu(), {"a": mx.nd.array([2.0])}),
    lambda s: s.bind(mx.cpu(), [mx.nd.array([2.0]), mx.nd.array([3.0])]),
    lambda s: s.bind(mx.cpu(), [mx.nd.array([2.0]), mx.nd.array([3.0])], args_grad=[mx.nd.zeros(1)] * 2,
                     grad_req="null"),
    lambda s: s.eval(a=mx.nd.array([2.0])),
])
def test_inference_bind_refuses_two_variables_of_one_name(bind):
    with pytest.raises(MXNetError, match=r"arg_names.size\(\) == in_args_map.size\(\) \(2 vs. 1\)"):
        bind(_same_name_product())


def test_training_bind_takes_two_variables_of_one_name():
    ex = _same_name_product().bind(mx.cpu(), [mx.nd.array([2.0]), mx.nd.array([3.0])],
                                   args_grad=[mx.nd.zeros(1), mx.nd.zeros(1)], grad_req=["null", "write"])
    assert ex.forward()[0].asnumpy().tolist() == [9.0]      # MXNet 1.9.1 prints 9 too


@pytest.mark.parametrize("make, shapes", [
    (_same_name_product, {"a": (1,)}),
    (lambda: mx.sym.Group([mx.sym.BatchNorm(mx.sym.var("x"), name="bn"), mx.sym.BatchNorm(mx.sym.var("y"), name="bn")]),
     {"x": (2, 3), "y": (2, 3)}),
])
@pytest.mark.parametrize("grad_req", ["null", "write"])
def test_simple_bind_refuses_repeated_argument_or_state_names(make, shapes, grad_req):
    with pytest.raises(RuntimeError, match="Input argument NDArray cannot be un-allocated"):
        make().simple_bind(mx.cpu(), grad_req=grad_req, **shapes)


def _grad_without_head_gradient(head):
    ex = head.simple_bind(mx.cpu(), d=(3,))
    ex.arg_dict["d"][:] = mx.nd.array([0.5, -1.0, 2.0])
    ex.forward(is_train=True)
    ex.backward()
    return ex.grad_dict["d"].asnumpy().tolist()


@pytest.mark.parametrize("make, grad", [
    (lambda d: mx.sym.BlockGrad(d) + mx.sym.MakeLoss(d), [1.0, 1.0, 1.0]),
    (lambda d: mx.sym.MakeLoss(d) * 2, [1.0, 1.0, 1.0]),
    (lambda d: mx.sym.sum(mx.sym.MakeLoss(d)), [1.0, 1.0, 1.0]),
    (lambda d: mx.sym.BlockGrad(d) * 2, [0.0, 0.0, 0.0]),
])
def test_backward_needs_no_head_gradient_that_no_variable_gradient_reads(make, grad):
    assert _grad_without_head_gradient(make(mx.sym.var("d"))) == grad


def test_backward_still_needs_a_head_gradient_that_reaches_a_variable():
    with pytest.raises(MXNetError, match="head_gradient is required"):
        d = mx.sym.var("d")
        _grad_without_head_gradient(mx.sym.MakeLoss(d) + d * 2)


def test_symbol_keeps_the_python2_division_names():
    x = mx.sym.var("x")
    assert x.__div__(2).name.startswith("_divscalar")
    assert x.__rdiv__(2).eval(x=mx.nd.array([4.0]))[0].asnumpy().tolist() == [0.5]


def test_boolean_mask_output_shape_is_left_to_the_forward():
    a, m = mx.sym.var("a"), mx.sym.var("m")
    masked = mx.sym.contrib.boolean_mask(a, m)
    with pytest.warns(UserWarning):
        assert masked.infer_shape(a=(3, 2), m=(3,)) == (None, None, None)
    assert masked.infer_shape_partial(a=(3, 2), m=(3,)) == ([(3, 2), (3,)], [()], [])
    with pytest.raises(RuntimeError, match="InferShape pass cannot decide shapes"):
        masked.simple_bind(mx.cpu(), a=(3, 2), m=(3,))
    out = masked.eval(a=mx.nd.array([[1, 2], [3, 4], [5, 6]]), m=mx.nd.array([1, 0, 1]))[0]
    assert out.asnumpy().tolist() == [[1, 2], [5, 6]]


def _label_grad_after_backward(make, data_shape, label):
    d, l = mx.sym.var("data"), mx.sym.var("label")
    args = {"data": mx.nd.ones(data_shape), "label": mx.nd.array(label)}
    grads = {k: mx.nd.ones(v.shape) * 7 for k, v in args.items()}
    ex = make(d, l).bind(mx.cpu(), args, args_grad=grads)
    outs = ex.forward(is_train=True)
    ex.backward([mx.nd.ones(o.shape) for o in outs])
    return grads["label"].asnumpy().tolist()


@pytest.mark.parametrize("make, data_shape, label, grad", [
    (lambda d, l: mx.sym.SoftmaxOutput(d, l), (4, 3), [0, 1, 2, 1], [7.0] * 4),
    (lambda d, l: mx.sym.LinearRegressionOutput(d, l), (4,), [0, 1, 2, 1], [7.0] * 4),
    (lambda d, l: mx.sym.SVMOutput(d, l), (4, 3), [0, 1, 2, 1], [7.0] * 4),
    (lambda d, l: mx.sym.SequenceLast(d, l, use_sequence_length=True), (4, 3), [1, 2, 3], [7.0] * 3),
    (lambda d, l: mx.sym.contrib.boolean_mask(d, l), (4, 3), [0, 1, 1, 0], [7.0] * 4),
    (lambda d, l: mx.sym.pick(d, l), (4, 3), [0, 1, 2, 1], [0.0] * 4),
    (lambda d, l: mx.sym.Group([mx.sym.SoftmaxOutput(d, l), l * 2]), (3, 3), [0, 1, 2], [2.0] * 3),
])
def test_legacy_loss_ops_leave_the_label_gradient_array_as_it_was(make, data_shape, label, grad):
    assert _label_grad_after_backward(make, data_shape, label) == grad


def test_one_array_bound_to_two_arguments_gives_each_its_own_gradient():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    x = mx.nd.array([[1, 2], [3, 4]])
    grads = [mx.nd.zeros((2, 2)), mx.nd.zeros((2, 2))]
    ex = (a * b + a).bind(mx.cpu(), [x, x], args_grad=grads)
    ex.forward(is_train=True)
    ex.backward(mx.nd.ones((2, 2)))
    assert grads[0].asnumpy().tolist() == [[2, 3], [4, 5]]      # d/da (a*b + a) = b + 1
    assert grads[1].asnumpy().tolist() == [[1, 2], [3, 4]]      # d/db = a
    only_a = mx.nd.zeros((2, 2))
    ex = (a * b + a).bind(mx.cpu(), {"a": x, "b": x}, args_grad={"a": only_a})
    ex.forward(is_train=True)
    ex.backward(mx.nd.ones((2, 2)))
    assert only_a.asnumpy().tolist() == [[2, 3], [4, 5]]
    x[:] = 1                                                    # both arguments still read the one array
    assert ex.forward()[0].asnumpy().tolist() == [[2, 2], [2, 2]]

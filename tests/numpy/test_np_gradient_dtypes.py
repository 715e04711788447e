"""Gradients of mx.np functions on integer and bool arrays, and of mixed-type operands, as MXNet 1.9.1 gives them."""
import math

import numpy as onp
import pytest

import distnet as mx
from distnet import np
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


def _grads(fn, *arrays, head=None):
    for a in arrays:
        a.attach_grad()
    with mx.autograd.record():
        y = fn(*arrays)
    y.backward(head)
    return [a.grad.asnumpy() for a in arrays]


@pytest.mark.parametrize("name, derivative", [
    ("square", lambda v: 2 * v), ("exp", lambda v: math.trunc(math.exp(v))), ("abs", lambda v: (v > 0) - (v < 0)),
    ("negative", lambda v: -1), ("sin", lambda v: math.trunc(math.cos(v))), ("tanh", lambda v: 1)])
def test_an_integer_array_records_a_truncated_derivative(name, derivative):
    # MXNet runs the op's integer kernels under record: the derivative in the array's integer type, times dy = 1
    values = [3, -4, 0, 5]
    (g,) = _grads(getattr(np, name), np.array(values, dtype="int32"))
    assert g.dtype == onp.int32
    assert g.tolist() == [int(derivative(v)) for v in values]


@pytest.mark.parametrize("ta, tb", [("int32", "float32"), ("float32", "int32"), ("int64", "float64"),
                                    ("bool", "float32")])
@pytest.mark.parametrize("name", ["add", "subtract", "multiply", "true_divide", "power", "mod"])
def test_the_integer_operand_of_a_mixed_op_gets_a_zero_gradient(name, ta, tb):
    x = np.array([1, 2, 3, 1], dtype=ta)
    y = np.array([1.5, 2.5, 0.5, 2.0], dtype=tb)
    gx, gy = _grads(getattr(np, name), x, y)
    int_grad, float_grad = (gx, gy) if ta in ("int32", "int64", "bool") else (gy, gx)
    assert not int_grad.any()
    assert float_grad.dtype.kind == "f"
    assert float_grad.any() or (name, ta) == ("power", "bool")      # (1 ** y does not change with y)


def test_the_float_operand_of_a_mixed_add_gets_the_head_gradient():
    x, y = np.array([1, 2], dtype="int32"), np.array([0.5, 0.25])
    _, gy = _grads(np.add, x, y, head=np.array([3., -1.]))
    assert gy.tolist() == [3.0, -1.0]


@pytest.mark.parametrize("fn", [np.sum, np.mean, lambda a: np.sum(a, axis=0)])
def test_sum_and_mean_refuse_a_bool_gradient_when_it_is_read(fn):
    x = np.array([[True, False], [False, True]], dtype="bool")
    x.attach_grad()
    with mx.autograd.record():
        y = fn(x)
    y.backward()
    with pytest.raises(MXNetError, match="reduce operators do not support gradient calculation for input tensors "
                                         "of boolean type"):
        x.grad.asnumpy()


@pytest.mark.parametrize("fn", [np.prod, np.max, np.min])
def test_other_bool_reductions_fail_when_the_gradient_is_read(fn):
    x = np.array([[True, False], [False, True]], dtype="bool")
    x.attach_grad()
    with mx.autograd.record():
        y = fn(x)
    y.backward()        # (the backward kernel's error shows at the read)
    with pytest.raises(MXNetError, match="Unknown type enum 7"):
        x.grad.asnumpy()


def test_recording_copysign_with_a_number_fails_at_the_call_naming_the_node():
    x = np.array([1.5, -2.0])
    x.attach_grad()
    with pytest.raises(MXNetError, match=r"_backward_npi_rcopysign_scalar \(1\) does not match the actual number "
                                         r"of inputs provided to operator node_\d+_backward \(2\)\.$"):
        with mx.autograd.record():
            np.copysign(-2., x)
    with mx.autograd.record():       # an array outside the graph is not recorded: no refusal
        y = np.copysign(np.array([1., 2.]), 2.)
    assert y.asnumpy().tolist() == [1.0, 2.0]


def test_clip_names_an_array_a_max_before_an_array_a_min():
    with pytest.raises(MXNetError, match="Invalid Parameter format for a_max expect float"):
        np.clip(np.ones(3), np.zeros(3), np.ones(3))
    with pytest.raises(MXNetError, match="Invalid Parameter format for a_min expect float"):
        np.clip(np.ones(3), np.zeros(3), 1.)


def test_average_passes_no_gradient_from_its_weights_sum():
    a, w = np.array([[1., 2, 3], [4, 5, 7]]), np.array([1., 3.])
    a.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        avg, scl = np.average(a, axis=0, weights=w, returned=True)
    mx.autograd.backward([avg, scl], [np.ones(3), np.array(10.)])
    assert a.grad.asnumpy().tolist() == [[0.25] * 3, [0.75] * 3]
    # d/dw0 of sum_j (w0 a0j + w1 a1j) / (w0 + w1) = sum_j (a0j - avg_j) / 4
    avg0 = (onp.array([1., 2, 3]) + 3 * onp.array([4., 5, 7])) / 4
    assert w.grad.asnumpy()[0] == pytest.approx(((onp.array([1., 2, 3]) - avg0) / 4).sum())
    with mx.autograd.record():
        avg, scl = np.average(a, axis=0, returned=True)
    mx.autograd.backward([avg, scl], [np.ones(3), np.array(10.)])
    assert a.grad.asnumpy().tolist() == [[0.5] * 3, [0.5] * 3]


def test_average_into_out_is_recorded():
    a = np.array([[1., 2, 3], [4, 5, 7]])
    a.attach_grad()
    out = np.zeros((2,))
    with mx.autograd.record():
        r = np.average(a, axis=1, out=out)
    r.backward(np.array([3., 6.]))
    assert a.grad.asnumpy().tolist() == [[1.0] * 3, [2.0] * 3]
    assert out.asnumpy().tolist() == pytest.approx([2.0, 16 / 3])


def test_argmax_of_an_empty_axis_fails_when_read_naming_it_in_mxnets_shape_text():
    y = np.argmax(np.zeros((2, 0)), axis=1)     # (the kernel's check)
    assert y.shape == (2,)
    with pytest.raises(MXNetError, match=r"searching input tensor of shape \[2,0\] along axis = 1 "):
        y.asnumpy()


@pytest.mark.parametrize("fn, operator", [
    (lambda x: np.insert(x, 1, 5.), "_npi_insert_scalar"),
    (lambda x: np.insert(x, slice(0, 2), np.array([5.])), "_npi_insert_slice"),
    (lambda x: np.insert(x, np.array([0, 2], dtype="int64"), np.array([5.])), "_npi_insert_tensor"),
    (lambda x: np.delete(x, 1), "_npi_delete"),
    (lambda x: np.delete(x, slice(0, 2)), "_npi_delete")])
def test_insert_and_delete_are_recorded_without_a_gradient(fn, operator):
    x = np.array([1., 2., 3.])
    x.attach_grad()
    with mx.autograd.record():
        y = fn(x)
    with pytest.raises(MXNetError, match=f"Operator {operator} is non-differentiable because it didn't register "
                                         "FGradient attribute.$"):
        y.backward()


def test_insert_of_a_number_at_several_places_fails_when_read():
    y = np.insert(np.array([1., 2., 3.]), slice(0, 2), 5.)
    assert y.shape == (5,)
    with pytest.raises(MXNetError, match="TBlob.get_with_shape: data type do not match specified type.Expected: "
                                         "float v.s. given double"):
        y.asnumpy()


@pytest.mark.parametrize("fn", [lambda x: np.resize(x, (2, 2)), np.empty_like])
def test_custom_operator_fallbacks_fail_in_backward_when_the_gradient_is_read(fn, capsys):
    x = np.array([1., 2., 3.])
    x.attach_grad()
    with mx.autograd.record():
        y = fn(x)
    y.backward()
    printed = capsys.readouterr().out
    assert printed.startswith("Error in CustomOp.backward: Traceback")
    assert "does not support gradient computation" in printed
    with pytest.raises(MXNetError, match=r"Check failed: reinterpret_cast<CustomOpFBFunc>\(params.info->callbacks"
                                          r"\[kCustomOpBackward\]\)"):
        x.grad.asnumpy()


@pytest.mark.parametrize("value, dtype, expected", [
    ([[1.], [2.]], None, [[3.], [7.]]), ([1., 2.], None, [4., 6.]), (2., "float64", 10.)])
def test_full_with_an_array_value_passes_the_summed_gradient_to_it(value, dtype, expected):
    fill = np.array(value)
    fill.attach_grad()
    with mx.autograd.record():
        y = np.full((2, 2), fill, dtype=dtype)
    y.backward(np.array([[1., 2.], [3., 4.]], dtype=y.dtype))
    assert fill.grad.asnumpy().tolist() == expected
    assert fill.grad.dtype == fill.dtype


@pytest.mark.parametrize("fn", [
    lambda a, b, out: np.dot(a, b, out=out), lambda a, b, out: np.matmul(a, b, out=out),
    lambda a, b, out: np.einsum("ij,j->i", a, b, out=out), lambda a, b, out: np.tensordot(a, b, 1) * 1 + 0 * out])
def test_a_product_written_into_out_is_recorded(fn):
    a, b = np.array([[1., 2., 3.], [4., 5., 6.]]), np.array([1., -1., 2.])
    a.attach_grad()
    b.attach_grad()
    with mx.autograd.record():
        r = fn(a, b, np.zeros((2,)))
    r.backward(np.array([1., 10.]))
    assert a.grad.asnumpy().tolist() == [[1., -1., 2.], [10., -10., 20.]]
    assert b.grad.asnumpy().tolist() == [41., 52., 63.]


def test_concatenate_into_out_is_recorded():
    a = np.array([[1., 2.], [3., 4.]])
    a.attach_grad()
    out = np.zeros((4, 2))
    with mx.autograd.record():
        r = np.concatenate([a, a * 2], out=out)
    r.backward(np.array([[1., 2.], [3., 4.], [5., 6.], [7., 8.]]))
    assert a.grad.asnumpy().tolist() == [[11., 14.], [17., 20.]]


@pytest.mark.parametrize("fn", [lambda a: np.linalg.eigh(a)[1], np.linalg.eigvalsh])
def test_eigh_of_empty_matrices_is_recorded(fn):
    a = np.zeros((0, 2, 2))
    a.attach_grad()
    with mx.autograd.record():
        y = fn(a)
    y.backward()
    assert a.grad.shape == (0, 2, 2)


def test_bitwise_ops_of_recorded_masks_pass_a_zero_gradient():
    x = np.array([[-1., 0.5], [2., 0.25]])
    x.attach_grad()
    with mx.autograd.record():
        y = (x > 0) & (x < 1)
    y.backward()
    assert y.asnumpy().tolist() == [[False, True], [False, True]]
    assert x.grad.asnumpy().tolist() == [[0., 0.], [0., 0.]]


@pytest.mark.parametrize("dtype, words", [("int32", "Expected: float v.s. given int"), ("int8", "given char"),
                                          ("bool", "Unknown type enum 7")])
@pytest.mark.parametrize("fn", [lambda x, y: np.true_divide(x, y), lambda x, y: x / 2])
def test_true_divide_of_integers_fails_when_the_gradient_is_read(fn, dtype, words):
    x, y = np.array([1, 2, 3], dtype=dtype), np.array([1, 1, 2], dtype=dtype)
    x.attach_grad()
    with mx.autograd.record():
        z = fn(x, y)
    assert z.dtype == onp.float32
    z.backward()        # (MXNet's backward kernel reads the operands as floats: its check shows at the read)
    with pytest.raises(MXNetError, match=words):
        x.grad.asnumpy()


@pytest.mark.parametrize("fn, out_shape, expected", [
    (lambda x, out: np.stack([x, x], out=out), (2, 2), [2., 2.]),
    (lambda x, out: np.take(x, np.array([1, 1]), out=out), (2,), [0., 2.]),
    (lambda x, out: np.around(x, 1, out=out), (2,), [0., 0.])])
def test_more_functions_written_into_out_are_recorded(fn, out_shape, expected):
    x = np.array([1.25, 2.5])
    x.attach_grad()
    with mx.autograd.record():
        r = fn(x, np.zeros(out_shape))
    r.backward()
    assert x.grad.asnumpy().tolist() == expected


@pytest.mark.parametrize("fn", [lambda x: np.split(x, 2)[0], lambda x: np.array_split(x, 2)[0] * 1,
                                lambda x: np.hsplit(x, 3)[0]])
def test_split_overwrites_an_add_gradient_it_alone_feeds(fn):
    # MXNet's split backward kernel assigns its result whatever the request: three passes leave one pass's gradient
    x = np.arange(12.).reshape(4, 3)
    x.attach_grad(grad_req="add")
    for _ in range(3):
        with mx.autograd.record():
            y = fn(x)
        y.backward()
    assert x.grad.asnumpy().max() == 1.0


def test_split_sections_add_up_when_two_splits_feed_the_variable():
    x = np.arange(12.).reshape(4, 3)
    x.attach_grad(grad_req="add")
    for _ in range(3):
        with mx.autograd.record():
            y = np.split(x, 2)[0].sum() + np.split(x, 2)[1].sum()
        y.backward()
    assert x.grad.asnumpy().tolist() == [[3.0] * 3] * 4


def test_unique_counts_are_recorded_outputs():
    x = np.array([1., 2., 2., 3.])
    x.attach_grad()
    with mx.autograd.record():
        values, counts = np.unique(x, return_counts=True)
    counts.backward()
    assert counts.asnumpy().tolist() == [1, 2, 1]
    assert x.grad.asnumpy().tolist() == [0., 0., 0., 0.]


_ASSIGNED = "Incompatible attr in node  at 0-th output: expected float64, got float32"


@pytest.mark.parametrize("fn, out_shape, words", [
    (lambda x, out: np.stack([x, x], out=out), (2, 2, 3), _ASSIGNED),
    (lambda x, out: np.clip(x, 0, 1, out=out), (2, 3), _ASSIGNED),
    (lambda x, out: np.einsum("ij->i", x, out=out), (2,), _ASSIGNED),
    (lambda x, out: np.take(x, np.array([0]), axis=0, out=out), (1, 3),
     "Type inconsistent, Provided = float32, inferred type = float64"),
    (lambda x, out: np.concatenate([x, x], out=out), (4, 3),
     "Type inconsistent, Provided = float32, inferred type = float64")])
def test_an_out_of_another_dtype_is_refused_in_the_operators_words(fn, out_shape, words):
    with pytest.raises(MXNetError, match=words):
        fn(np.ones((2, 3), dtype="float64"), np.zeros(out_shape, dtype="float32"))


def test_take_and_concatenate_name_a_wrong_out_shape_as_their_inference_does():
    x = np.ones((2, 3))
    with pytest.raises(MXNetError, match=r"0-th output has invalid shape. Expecting \[1,3\] got \[2,4\] in "
                                         "operator take$"):
        np.take(x, np.array([0]), axis=0, out=np.zeros((2, 4)))
    with pytest.raises(MXNetError, match=r"Incompatible output shape: expected \[4,3\], got \[5,4\]$"):
        np.concatenate([x, x], out=np.zeros((5, 4)))

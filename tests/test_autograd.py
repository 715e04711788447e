"""Autograd: recording scopes, backward rules, grad_req, higher order, custom Functions."""
import json
import re
import warnings

import numpy as np
import pytest

import distnet as mx
from distnet import autograd, gluon, nd
from distnet.base import MXNetError, message_of
from distnet.test_utils import assert_almost_equal


def test_tutorial_product_rule():
    x = nd.array([[1, 2], [3, 4]])
    x.attach_grad()
    with autograd.record():
        y = x * 2
        z = y * x
    z.backward()
    assert_almost_equal(x.grad, 4 * x.asnumpy())
    assert (x.grad == 4 * x).asnumpy().all()


def test_control_flow_gradient_is_the_path_taken():
    def f(a):
        b = a * 2
        while nd.norm(b).asscalar() < 1000:
            b = b * 2
        return b if nd.sum(b).asscalar() > 0 else 100 * b
    a = nd.array([0.3, -0.2, 0.5])
    a.attach_grad()
    with autograd.record():
        c = f(a)
    c.backward()
    assert_almost_equal(a.grad, (c / a).asnumpy(), rtol=1e-5)


def test_recording_and_training_scopes():
    assert not autograd.is_recording() and not autograd.is_training()
    with autograd.record():
        assert autograd.is_recording() and autograd.is_training()
        with autograd.pause():
            assert not autograd.is_recording() and not autograd.is_training()
        with autograd.predict_mode():
            assert autograd.is_recording() and not autograd.is_training()
    with autograd.record(train_mode=False):
        assert not autograd.is_training()
    with autograd.train_mode():
        assert autograd.is_training() and not autograd.is_recording()


def test_paused_computation_gets_no_gradient():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = x * x
        with autograd.pause():
            w = x * 10
        z = y + w
    z.backward()
    assert_almost_equal(x.grad, [2.0, 4.0])


def test_head_gradient_scales_backward():
    x = nd.array([1.0, 2.0, 3.0])
    x.attach_grad()
    with autograd.record():
        y = x * x
    y.backward(nd.array([1.0, 0.5, 0.0]))
    assert_almost_equal(x.grad, [2.0, 2.0, 0.0])


def test_second_backward_needs_retain_graph():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = (x * x).sum()
    y.backward(retain_graph=True)
    y.backward()
    assert_almost_equal(x.grad, [2.0, 4.0])
    with pytest.raises(MXNetError, match="retain_graph"):
        y.backward()


def test_grad_req_add_accumulates_and_null_skips():
    x = nd.array([1.0, 2.0])
    x.attach_grad(grad_req="add")
    for _ in range(3):
        with autograd.record():
            y = x * 3
        y.backward()
    assert_almost_equal(x.grad, [9.0, 9.0])
    z = nd.array([1.0])
    z.attach_grad(grad_req="null")
    assert z.grad.asnumpy().tolist() == [0.0]       # MXNet: a zero buffer that no backward writes


def test_grad_write_overwrites():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    for _ in range(2):
        with autograd.record():
            y = x * 3
        y.backward()
    assert_almost_equal(x.grad, [3.0, 3.0])


def test_multiple_heads_sum():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        a = x * 2
        b = x * x
    autograd.backward([a, b])
    assert_almost_equal(x.grad, [4.0, 6.0])


def test_autograd_grad_leaves_buffers_alone():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = x ** 3
    g = autograd.grad(y, [x])
    assert_almost_equal(g[0], [3.0, 12.0])
    assert_almost_equal(x.grad, [0.0, 0.0])


@pytest.mark.parametrize("fn,d2", [
    (lambda x: nd.sin(x), lambda x: -np.sin(x)),
    (lambda x: nd.tanh(x), lambda x: -2 * np.tanh(x) * (1 - np.tanh(x) ** 2)),
    (lambda x: nd.log(x), lambda x: -1 / x ** 2),
])
def test_second_order_gradients(fn, d2):
    xv = np.array([0.5, 1.0, 1.5])
    x = nd.array(xv, dtype="float64")
    x.attach_grad()
    with autograd.record():
        y = fn(x)
        dx = autograd.grad(y, [x], create_graph=True)[0]
    dx.backward()
    assert_almost_equal(x.grad, d2(xv), rtol=1e-6)


@pytest.mark.parametrize("fn,backward_op", [
    (lambda x: x ** 3, "_backward_power_scalar"),
    (lambda x: nd.exp(x) * x, "_backward_broadcast_mul"),
    (lambda x: nd.log(x) / x, "_backward_broadcast_div"),
])
def test_second_order_fails_where_mxnet_backward_has_no_gradient(fn, backward_op):
    x = nd.array([0.5, 1.0, 1.5], dtype="float64")
    x.attach_grad()
    with autograd.record():
        dx = autograd.grad(fn(x), [x], create_graph=True)[0]
    with pytest.raises(MXNetError, match=f"Operator {backward_op} is non-differentiable"):
        dx.backward()


def test_detach_and_stop_gradient_cut_the_graph():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = x * x
        z = y.detach() * x + nd.stop_gradient(y) * 0 + nd.BlockGrad(x)
    z.backward()
    assert_almost_equal(x.grad, [1.0, 4.0])


def test_backward_of_unrecorded_array_is_a_clear_error():
    with pytest.raises(MXNetError, match=r"use autograd.record\(\) to save computational graphs"):
        nd.array([1.0]).backward()


def test_custom_function():
    class Sigmoid(autograd.Function):
        def forward(self, x):
            y = 1 / (1 + nd.exp(-x))
            self.save_for_backward(y)
            return y

        def backward(self, dy):
            y, = self.saved_tensors
            return dy * y * (1 - y)

    x = nd.array([0.0, 1.0, -2.0])
    x.attach_grad()
    with autograd.record():
        y = Sigmoid()(x) * 2
    y.backward()
    s = 1 / (1 + np.exp(-x.asnumpy()))
    assert_almost_equal(x.grad, 2 * s * (1 - s), rtol=1e-6)


def test_inplace_writes_into_recorded_arrays_are_refused_while_recording():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = x * 2
        with pytest.raises(MXNetError, match="inplace operations"):
            y += x * x                  # MXNet runs the op, then refuses to record it
        assert_almost_equal(y, [3.0, 8.0])
        with pytest.raises(MXNetError, match="inplace operations"):
            nd.relu(y - 9, out=y)
        assert_almost_equal(y, [0.0, 0.0])
        fresh = nd.zeros(2)
        with pytest.raises(MXNetError, match="Inplace operations"):
            fresh += x * x              # the op would be recorded with its input as its output
        assert_almost_equal(fresh, [1.0, 4.0])
        with pytest.raises(MXNetError, match="inplace operations"):
            fresh += 1                  # the refused op entered it in the graph
        z = fresh * y
    z.backward()
    assert_almost_equal(x.grad, [4.0, 10.0])       # y still stands for x * 2
    y += 1                              # outside record() it is a plain write
    assert_almost_equal(y, [1.0, 1.0])


def test_mark_variables_with_own_buffer():
    x = nd.array([1.0, 2.0])
    g = nd.zeros(2)
    autograd.mark_variables([x], [g])
    with autograd.record():
        y = x * 5
    y.backward()
    assert_almost_equal(g, [5.0, 5.0])
    assert x.grad is not g                  # as MXNet: a new array on each read, over g's memory
    g[:] = 4.0
    assert_almost_equal(x.grad, [4.0, 4.0])


def test_mark_variables_ignores_extra_buffers_and_refuses_missing_ones():
    x = nd.array([1.0, 2.0])
    g, spare = nd.zeros(2), nd.zeros(2)
    autograd.mark_variables([x], [g, spare])      # MXNet reads one buffer per variable
    with autograd.record():
        y = x * 3
    y.backward()
    assert_almost_equal(g, [3.0, 3.0])
    assert_almost_equal(spare, [0.0, 0.0])
    with pytest.raises(MXNetError, match="gradient buffers"):
        autograd.mark_variables([x, y], [g])


def test_broadcast_gradient_reduces_to_input_shape():
    a = nd.ones((2, 3))
    b = nd.array([[1.0], [2.0]])
    b.attach_grad()
    with autograd.record():
        y = a * b
    y.backward()
    assert b.grad.shape == (2, 1)
    assert_almost_equal(b.grad, [[3.0], [3.0]])


def test_recording_is_per_thread():
    import threading
    seen = []
    with autograd.record():
        t = threading.Thread(target=lambda: seen.append(autograd.is_recording()))
        t.start()
        t.join(10)
    assert seen == [False]
    assert mx.autograd is autograd


def test_writing_into_a_variable_with_out_keeps_it_a_variable():
    x = nd.zeros(3)
    x.attach_grad()
    nd.broadcast_add(nd.ones(3), nd.ones(3), out=x)
    with autograd.record():
        y = (x * x).sum()
    y.backward()
    assert x.grad.asnumpy().tolist() == [4.0, 4.0, 4.0]


class _Twice(autograd.Function):
    def forward(self, a, b):
        return a + b

    def backward(self, dy):
        return self.answer


@pytest.mark.parametrize("answer, printed", [
    (None, "TypeError: object of type 'NoneType' has no len()"),
    ("one", "AttributeError: type object '_Twice' has no attribute 'name'"),
    ("not arrays", "AssertionError: autograd.Function.backward must return NDArrays, not <class 'float'>"),
    ("raises", "ValueError: operands could not be broadcast together with remapped shapes[original->remapped]: "
               "(3,) and requested shape (1,)")])
def test_function_backward_failure_shows_at_the_first_gradient_read(answer, printed, capsys):
    # MXNet runs Function.backward as a kernel: backward() returns, the first gradient read raises, once;
    # its callback prints the Python error with its traceback, and the read raises its failed check
    a, b = nd.array([1.0]), nd.array([2.0])
    a.attach_grad()
    b.attach_grad()
    f = _Twice()
    f.answer = {None: None, "one": nd.ones(1), "not arrays": (1.0, 2.0), "raises": (nd.ones(3), nd.ones(1))}[answer]
    with autograd.record():
        y = f(a, b)
    y.backward()
    with pytest.raises(MXNetError, match=r"Check failed: reinterpret_cast<CustomFunctionBwdFunc>\( params.info->"
                                         r"callbacks\[kCustomFunctionBackward\]\)\( .*contexts\[kCustomFunction"
                                         r"Backward\]\): $"):
        a.grad.asnumpy()
    assert a.grad.asnumpy().tolist() == [0.0] and b.grad.asnumpy().tolist() == [0.0]
    out = capsys.readouterr().out
    assert out.startswith("Error in Function.backward: Traceback (most recent call last):\n")
    assert out.rstrip().endswith(printed)


class _SecondGradientNone(autograd.Function):
    def forward(self, a, b):
        return a * b

    def backward(self, dy):
        return dy * 2, None


def test_function_backward_keeps_the_gradients_written_before_a_bad_one(capsys):
    a, b = nd.array([1.0, 2.0]), nd.array([3.0, 4.0])
    a.attach_grad()
    b.attach_grad()
    with autograd.record():
        y = _SecondGradientNone()(a, b)
    y.backward()
    with pytest.raises(MXNetError, match="CustomFunctionBwdFunc"):
        b.grad.asnumpy()
    assert "must return NDArrays, not <class 'NoneType'>" in capsys.readouterr().out
    assert a.grad.asnumpy().tolist() == [2.0, 2.0] and b.grad.asnumpy().tolist() == [0.0, 0.0]


def test_function_instance_is_used_once_and_grad_needs_reached_variables():
    f = _Twice()
    f(nd.ones(1), nd.ones(1))
    with pytest.raises(AssertionError, match="only be called once"):
        f(nd.ones(1), nd.ones(1))
    x, u = nd.array([1.0]), nd.array([2.0])
    x.attach_grad()
    u.attach_grad()
    with autograd.record():
        y = x * 2
    with pytest.raises(MXNetError, match="2-th variable because it is unreachable"):
        autograd.grad(y, [x, u])


def test_grad_returns_a_list_and_relu_has_a_second_order():
    x = nd.array([-1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = nd.elemwise_add(nd.relu(x), nd.square(x))
        g = autograd.grad(y, x, create_graph=True)
    assert isinstance(g, list) and len(g) == 1
    assert_almost_equal(g[0], [-2.0, 5.0])
    g[0].backward()
    assert_almost_equal(x.grad, [2.0, 2.0])


@pytest.mark.parametrize("f", [
    lambda x: nd.dot(x, x), lambda x: nd.where(x > 0.4, x * x, x), lambda x: nd.sin(x)[0],
    lambda x: nd.Activation(x, act_type="softrelu"), lambda x: nd.gamma(x),
])
def test_gradients_without_a_graph_of_their_own_fail_on_second_backward(f):
    x = nd.array([[0.5, 0.7], [0.3, 0.4]])
    x.attach_grad()
    with autograd.record():
        g = autograd.grad(f(x), [x], create_graph=True)[0]
    assert g.shape == x.shape
    with pytest.raises(MXNetError, match="non-differentiable"):
        g.backward()


@pytest.mark.parametrize("f", [lambda x: nd.round(x), lambda x: nd.clip(x, 0.35, 0.6),
                               lambda x: nd.FullyConnected(x, nd.ones((2, 2)), num_hidden=2, no_bias=True)])
def test_gradients_constant_in_the_input_differentiate_to_zero(f):
    x = nd.array([[0.5, 0.7], [0.3, 0.4]])
    x.attach_grad()
    with autograd.record():
        g = autograd.grad(f(x), [x], create_graph=True)[0]
    g.backward()
    assert_almost_equal(x.grad, np.zeros((2, 2)))


def test_get_symbol_rebuilds_the_recorded_graph():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = 1 - nd.sin(x) * 2
    s = autograd.get_symbol(y)
    ops = [n["op"] for n in __import__("json").loads(s.tojson())["nodes"]]
    assert ops == ["null", "sin", "_mul_scalar", "_rminus_scalar"]
    assert s.list_arguments() == [f"var{x._node[0].vid}"]
    out = s.eval(**{s.list_arguments()[0]: x})[0]
    assert_almost_equal(out, y.asnumpy())
    with pytest.raises(MXNetError, match="not part of a computation graph"):
        autograd.get_symbol(nd.ones(2))


def test_a_failed_backward_leaves_the_graph_usable_and_repeated_heads_count_once():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = x * 2
    with pytest.raises(MXNetError):
        autograd.backward([y, nd.ones(2)], retain_graph=True)      # the second head was not recorded
    with pytest.raises(MXNetError):
        autograd.backward([], retain_graph=True)
    autograd.backward([y, y], retain_graph=True)                   # MXNet: one head entry, seeded once
    assert_almost_equal(x.grad, [2.0, 2.0])
    autograd.backward(y, head_grads=[nd.array([1.0, 3.0])])
    assert_almost_equal(x.grad, [2.0, 6.0])


# MXNet 1.9.1 adds a gradient's contributions newest use first, but three or four of them oldest first.
# Contributions 1, 1e8, -1e8 in float32: the order of the additions decides whether the 1 survives.
@pytest.mark.parametrize("uses, expected", [
    ((1.0, 1e8, -1e8), 0.0), ((1e8, -1e8, 1.0), 1.0), ((-1e8, 1e8, 1.0), 1.0),           # oldest first
    ((1.0, 1e8, -1e8, 0.0), 0.0), ((1e8, -1e8, 1.0, 0.0), 1.0),                         # oldest first
    ((1.0, 1e8, -1e8, 0.0, 0.5), 1.0), ((1e8, -1e8, 1.0, 0.0, 0.5), 0.0),               # newest first
])
@pytest.mark.parametrize("hybrid", [False, True])
def test_gradient_contributions_summed_in_mxnets_order(uses, expected, hybrid):
    class Uses(gluon.HybridBlock):
        def hybrid_forward(self, F, x):
            h = x * 1.0                 # an intermediate result used len(uses) times
            y = h * uses[0]
            for v in uses[1:]:
                y = y + h * v
            return y
    net = Uses()
    if hybrid:
        net.hybridize()
    x = nd.array([1.0])
    x.attach_grad()
    with autograd.record():
        y = net(x)
    y.backward()
    assert x.grad.asscalar() == expected
    with autograd.record():                 # the variable itself used len(uses) times
        y = x * uses[0]
        for v in uses[1:]:
            y = y + x * v
    assert autograd.grad(y, x)[0].asscalar() == expected


def test_grad_with_create_graph_records_the_sum_of_several_uses():
    # MXNet 1.9.1: d/dx (exp(x) + x) = 3.7182817 at 1, and its own gradient 2.7182817
    x = nd.ones((1,))
    x.attach_grad()
    with autograd.record():
        z = nd.elemwise_add(nd.exp(x), x)
    dx, = autograd.grad(z, [x], create_graph=True)
    assert abs(dx.asscalar() - 3.71828175) < 1e-6
    dx.backward()
    assert abs(x.grad.asscalar() - 2.71828175) < 1e-6


def test_a_second_backward_without_retain_graph_fails():
    x = nd.ones((2, 2))
    x.attach_grad()
    with pytest.raises(MXNetError, match="Cannot differentiate node"):
        with autograd.record():
            y = x + 1
            y.backward()
            y.backward()


def test_power_by_a_scalar_differentiates_negative_bases_without_warnings():
    x = mx.nd.array([-1.5, 2.0])
    x.attach_grad()
    with warnings.catch_warnings():
        warnings.simplefilter("error")          # the exponent's gradient (log of the base) is never computed
        with mx.autograd.record():
            y = x ** 2
        y.backward()
    assert x.grad.asnumpy().tolist() == [-3.0, 4.0]


def test_infinite_gradients_come_without_warnings():
    x = mx.nd.array([0.0, 4.0])
    x.attach_grad()
    with warnings.catch_warnings():
        warnings.simplefilter("error")          # MXNet's kernels make inf silently: sqrt'(0) = 0.5 / 0
        with mx.autograd.record():
            y = mx.nd.sqrt(x)
        y.backward()
    assert x.grad.asnumpy().tolist() == [np.inf, 0.25]


def test_scopes_are_reusable_objects_restoring_only_what_they_changed():
    # values recorded from MXNet 1.9.1: a nested scope of the same kind does not undo a change made inside it
    with autograd.record():
        with autograd.record():
            autograd.set_recording(False)
        inner = autograd.is_recording()
    with autograd.train_mode():
        with autograd.predict_mode():
            autograd.set_training(True)
        training = autograd.is_training()
    assert (inner, autograd.is_recording(), training, autograd.is_training()) == (False, False, True, False)
    scope = autograd.pause()
    assert type(scope).__name__ == "_RecordingStateScope"
    with autograd.record():
        with scope:
            first = autograd.is_recording()
        with scope:
            second = autograd.is_recording()
        assert autograd.is_recording()
    assert (first, second) == (False, False)


@pytest.mark.parametrize("flag", [None, "yes", 1.5])
def test_set_recording_and_training_take_c_ints(flag):
    with pytest.raises(TypeError, match="cannot be interpreted as an integer"):
        autograd.set_recording(flag)
    with pytest.raises(TypeError, match="cannot be interpreted as an integer"):
        autograd.set_training(flag)
    assert autograd.set_recording(2) is False and autograd.set_recording(0) is True


def test_head_gradient_of_the_heads_size_is_read_flat_and_non_arrays_have_no_handle():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = x * x
    y.backward(nd.array([[10.0], [100.0]]), retain_graph=True)
    assert x.grad.asnumpy().tolist() == [20.0, 400.0]
    for bad in ([1.0, 2.0], 3.0, np.ones(2)):
        with pytest.raises(AttributeError, match="has no attribute 'handle'"):
            y.backward(bad, retain_graph=True)
    with pytest.raises(AttributeError, match="'float' object has no attribute 'handle'"):
        autograd.backward([y, 2.0])


def test_head_gradient_of_another_dtype_fails_at_the_first_gradient_read():
    x, w = nd.array([1.0, 2.0]), nd.array([3.0, 4.0])
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = x * x
        z = w * 2
    autograd.backward([y, z], [nd.array([10.0, 100.0], dtype="float64"), None])    # no error yet, as MXNet
    with pytest.raises(MXNetError, match=r"get_with_shape: data type do not match specified type.Expected: double "
                                         r"v.s. given float$"):
        x.grad.asnumpy()
    assert x.grad.asnumpy().tolist() == [0.0, 0.0] and w.grad.asnumpy().tolist() == [0.0, 0.0]
    with autograd.record():
        y = x * x
    g = autograd.grad(y, [x], nd.array([1.0, 2.0], dtype="int32"))[0]
    with pytest.raises(MXNetError, match="Expected: int v.s. given float$"):
        g.asnumpy()


@pytest.mark.parametrize("make, words", [
    (nd.sin, "Incompatible attr in node node_{}_backward at 1-th input: expected float16, got float32"),
    (lambda x: x + 1, "Incompatible attr in node node_{}_backward at 0-th output: expected float16, got float32"),
    (nd.softmax, "Type inconsistent, Provided = float16, inferred type = float32")])
def test_elementwise_backward_refuses_a_head_gradient_of_another_dtype_at_once(make, words):
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = make(x)
    seq = y._node[0].seq
    half = nd.ones(2, dtype="float16")
    with pytest.raises(MXNetError, match=f"Error in operator node_{seq}_backward: .*" + re.escape(words.format(seq))):
        y.backward(half)
    if "output" not in words:               # (grad() hands it through a copying backward, see below)
        with pytest.raises(MXNetError, match=re.escape(words.format(seq))):
            autograd.grad(y, [x], half, retain_graph=True)
    y.backward()                            # refused before it ran: the graph is still there
    assert x.grad.shape == (2,)


@pytest.mark.parametrize("make, expected, given", [
    (lambda x: nd.FullyConnected(x, nd.ones((2, 2)), num_hidden=2, no_bias=True), "float", "double"),
    (lambda x: nd.dot(x, x.T), "double", "float"), (lambda x: nd.clip(x, 0, 1), None, None)])
def test_backward_kernel_typed_by_one_side_fails_when_the_gradient_is_read(make, expected, given):
    x = nd.array([[1.0, 2.0]])
    x.attach_grad()
    with autograd.record():
        y = make(x)
    y.backward(nd.ones(y.shape, dtype="float64"))
    words = ("inputs[0].type_flag_ == outputs[0].type_flag_ (1 vs. 0) : " if expected is None
             else f"Expected: {expected} v.s. given {given}")
    with pytest.raises(MXNetError, match=re.escape(words) + "$"):
        x.grad.asnumpy()


def test_function_backward_gets_a_head_gradient_of_another_dtype_as_given():
    class Seen(autograd.Function):
        def forward(self, x):
            return x * 2

        def backward(self, dy):
            self.dtype = dy.dtype
            return dy.astype("float32") * 2

    x = nd.array([1.0, 2.0])
    x.attach_grad()
    f = Seen()
    with autograd.record():
        y = f(x)
    y.backward(nd.array([3, 4], dtype="int32"))
    assert f.dtype == np.int32 and x.grad.asnumpy().tolist() == [6.0, 8.0]


@pytest.mark.parametrize("buffer", [nd.zeros(3), nd.zeros((2, 1)), nd.zeros(2, dtype="float64")])
def test_backward_refuses_a_marked_buffer_unlike_its_variable(buffer):
    x = nd.array([1.0, 2.0])
    autograd.mark_variables([x], [buffer])        # marked (and numbered) as in MXNet; backward refuses it
    with autograd.record():
        y = x * 2
    with pytest.raises(MXNetError, match="Backward shape inconsistent with the forward shape"):
        y.backward()
    assert autograd.grad(y, [x])[0].asnumpy().tolist() == [2.0, 2.0]


class _Passthrough(autograd.Function):
    def forward(self, a, k=None):
        return a

    def backward(self, dy):
        return dy


def test_function_records_ndarrays_only_and_refuses_an_output_already_in_the_graph():
    a = nd.array([1.0, 2.0])
    a.attach_grad()
    with autograd.record():
        with pytest.raises(MXNetError, match="Assigning to NDArrays that are already in a computational graph"):
            _Passthrough()(a)
        with pytest.raises(AttributeError, match="'int' object has no attribute 'handle'"):
            _Passthrough()(a * 1, 3)
    assert _Passthrough()(a, 3) is a          # not recording: forward's result as it is


def test_grad_refuses_a_variable_listed_twice():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = x * x
    with pytest.raises(MXNetError, match="Cannot decide context"):
        autograd.grad(y, [x, x])


class _Square(autograd.Function):
    def forward(self, x):
        return x * x

    def backward(self, dy):
        return dy * 2


def test_get_symbol_shows_a_function_as_a_custom_function_node():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = _Square()(x) + 1
    nodes = json.loads(autograd.get_symbol(y).tojson())["nodes"]
    assert [(n["op"], n.get("attrs")) for n in nodes] == [("null", None), ("_CustomFunction", None),
                                                          ("_plus_scalar", {"scalar": "1.0"})]
    with pytest.raises(MXNetError, match="_CustomFunction"):
        nd._internal._CustomFunction(x)


@pytest.mark.parametrize("expression, expected", [
    (lambda a: _Doubled()(a), [10.0, 10.0]),             # fed by the Function alone: MXNet writes nothing
    (lambda a: _Doubled()(a * 1), [14.0, 14.0]),
    (lambda a: _Doubled()(a) + a, [16.0, 16.0]),
    (lambda a: _Doubled()(a) + _Doubled()(a), [18.0, 18.0]),
])
def test_function_gradient_into_an_add_buffer_it_alone_feeds_is_not_written(expression, expected):
    a = nd.array([1.0, 2.0])
    a.attach_grad("add")
    a.grad[:] = 10
    for _ in range(2):
        with autograd.record():
            y = expression(a)
        y.backward()
    assert a.grad.asnumpy().tolist() == expected
    with autograd.record():
        y = _Doubled()(a)
    assert autograd.grad(y, [a])[0].asnumpy().tolist() == [2.0, 2.0]    # grad() writes fresh arrays


class _Doubled(autograd.Function):
    def forward(self, a):
        return a * 2

    def backward(self, dy):
        return dy * 2


def test_a_recorded_gradient_graph_takes_no_variable_number_for_its_head_gradient():
    def argument_after(make):
        x = nd.array([1.0, 2.0])
        x.attach_grad()
        with autograd.record():
            autograd.grad(make(x), [x], create_graph=True)
        probe = nd.ones((1,))
        probe.attach_grad()
        with autograd.record():
            y = probe * 1
        return int(autograd.get_symbol(y).list_arguments()[0][3:]) - int(x._node[0].vid)
    # MXNet names the head gradient _head_grad_0: the next variable follows x directly
    assert [argument_after(f) for f in (nd.sin, nd.exp, lambda x: x * x)] == [1, 1, 1]


def test_grad_keeps_kernel_errors_for_the_gradients_read(capsys):
    class Failing(autograd.Function):
        def forward(self, x):
            return x * 2

        def backward(self, dy):
            raise ValueError("no gradient here")

    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = Failing()(x)
    g = autograd.grad(y, [x])[0]           # as MXNet: the pass returns, the gradient carries the error
    with pytest.raises(MXNetError, match="CustomFunctionBwdFunc"):
        g.asnumpy()
    assert capsys.readouterr().out.rstrip().endswith("ValueError: no gradient here")
    half = nd.array([[1.0, 2.0]], dtype="float16")
    half.attach_grad()
    with autograd.record():
        y = nd.dot(half, half.T)            # MXNet's CPU dot refuses float16 when it runs
    g = autograd.grad(y, [half])[0]
    with pytest.raises(MXNetError):
        g.asnumpy()


def test_grad_refuses_an_unmarked_variable_after_checking_the_heads():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = x * 2
        z = y * y
    with pytest.raises(MXNetError, match="1-th variable because it does not require gradient"):
        autograd.grad(z, [y])                   # an intermediate result, as MXNet refuses it
    plain = nd.array([1.0, 2.0])
    with autograd.record():
        w = plain * 2                           # not recorded: the head is refused first
    with pytest.raises(MXNetError, match="not in a computational graph"):
        autograd.grad(w, [plain])


def test_recorded_writes_are_refused_with_mxnets_check_words_and_no_operator_name():
    """MXNet's refusal of a recorded write names the AGInfo check (':: ' shown as ': :' by its error parsing)."""
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    refusals = []
    with autograd.record():
        y = x * 2
        for write in (lambda: y.__imul__(3), lambda: nd.relu(x, out=y), lambda: nd.ones((2,)).__iadd__(x)):
            with pytest.raises(MXNetError) as info:
                write()
            refusals.append(message_of(info.value).splitlines()[0])
    assert refusals[0] == refusals[1]
    assert refusals[0].startswith("Check failed: AGInfo: :IsNone(*output): Assigning to NDArrays that are already "
                                  "in a computational graph will cause undefined behavior")
    assert refusals[2] == ("Check failed: AGInfo: :IsNone(*output): Inplace operations (+=, -=, x[:]=, etc) are not "
                           "supported when recording with autograd.")


def test_backward_of_an_unrecorded_head_fails_in_mxnets_words():
    words = ("Check failed: !AGInfo: :IsNone(*i): Cannot differentiate node because it is not in a computational "
             "graph. You need to set is_recording to true or use autograd.record() to save computational graphs for "
             "backward. If you want to differentiate the same graph twice, you need to pass retain_graph=True to "
             "backward.")
    x = mx.nd.ones(2)
    with autograd.record():
        y = (x * 2).sum()           # x is no variable: nothing recorded
    with pytest.raises(MXNetError) as e:
        y.backward()
    assert message_of(e.value) == words
    x.attach_grad()
    with autograd.record():
        y = (x * 2).sum()
    y.backward()
    with pytest.raises(MXNetError) as e:
        y.backward()                # the graph was freed by the first one
    assert message_of(e.value).split("\n")[0] == words


@pytest.mark.parametrize("make, head_grad, words", [
    (nd.sin, nd.ones(6), "Incompatible attr in node node_{}_backward at 1-th input: expected [6], got [2,3]"),
    (nd.softmax, nd.ones((3, 2)), "at 1-th input: expected [3,2], got [2,3]"),
    (lambda x: x + 1, nd.ones((1, 3)), "at 0-th output: expected [1,3], got [2,3]")])
def test_elementwise_backward_refuses_a_head_gradient_of_another_shape_at_once(make, head_grad, words):
    x = nd.ones((2, 3))
    x.attach_grad()
    with autograd.record():
        y = make(x)
    with pytest.raises(MXNetError, match=re.escape(words.format(y._node[0].seq)) + "$"):
        y.backward(head_grad)


def test_other_backwards_read_a_head_gradient_of_another_shape_as_flat_memory_or_fail_when_read():
    x = nd.ones((2, 3))
    x.attach_grad()
    with autograd.record():
        y = x * 2
    y.backward(nd.arange(9).reshape((3, 3)))      # a larger one is read up to the head's size
    assert x.grad.asnumpy().tolist() == [[0.0, 2.0, 4.0], [6.0, 8.0, 10.0]]
    for make, words in [(lambda x: nd.sum(x, axis=1), "(6 vs. 2) : new and old shape do not match total elements"),
                        (lambda x: x.reshape((3, 2)), "Check failed: from.Size() == to.Size() (3 vs. 6) : ")]:
        with autograd.record():
            y = make(x)
        y.backward(nd.ones(6 if y.size == 2 else 3))
        with pytest.raises(MXNetError, match=re.escape(words) + "$"):
            x.grad.asnumpy()


def test_grad_hands_a_head_gradient_of_another_dtype_through_copying_backwards():
    for make, sign in [(lambda x: x + 1, 1.0), (lambda x: 1 - x, -1.0), (nd.negative, -1.0)]:
        x = nd.array([[1.0, 2.0]])
        x.attach_grad()
        with autograd.record():
            y = make(x)
        g = autograd.grad(y, [x], nd.ones((1, 2), dtype="float64") * 3)[0]
        assert g.dtype == np.float64 and g.asnumpy().tolist() == [[3 * sign, 3 * sign]]


@pytest.mark.parametrize("make, dtype, words", [
    (lambda x: nd.FullyConnected(x, nd.ones((2, 2)), num_hidden=2, no_bias=True), "float16",
     "float16 fully connected layer is currentlyonly supported by CuDNN version."),
    (lambda x: nd.FullyConnected(x, nd.ones((2, 2)), num_hidden=2, no_bias=True), "int8", "Unsupported type 5"),
    (lambda x: nd.Activation(x, act_type="relu"), "int32",
     "This operation only support floating point types, not int32")])
def test_kernels_typed_by_the_head_gradient_refuse_dtypes_they_have_no_code_for(make, dtype, words):
    x = nd.array([[1.0, 2.0]])
    x.attach_grad()
    with autograd.record():
        y = make(x)
    y.backward(nd.ones(y.shape, dtype=dtype))
    with pytest.raises(MXNetError, match="" + re.escape(words) + "$"):
        x.grad.asnumpy()


@pytest.mark.parametrize("make, expected", [
    (lambda x: x.sum(), [[1.0, 1.0]]), (lambda x: x.reshape(2, 1), [[1.0, 1.0]]),
    (lambda x: x[0], [[1.0, 1.0]]), (lambda x: mx.np.cumsum(x), [[2.0, 1.0]])])
def test_np_reductions_reshapes_and_basic_indexing_convert_a_head_gradient_of_another_dtype(make, expected):
    mx.npx.set_np()
    try:
        x = mx.np.array([[1.0, 2.0]])
        x.attach_grad()
        with autograd.record():
            y = make(x)
        y.backward(mx.np.ones(y.shape, dtype="float16"))
        assert x.grad.dtype == np.float32 and x.grad.asnumpy().tolist() == expected
    finally:
        mx.npx.reset_np()


def test_np_activation_refuses_a_head_gradient_of_another_dtype_at_once():
    mx.npx.set_np()
    try:
        x = mx.np.array([1.0, 2.0])
        x.attach_grad()
        with autograd.record():
            y = mx.npx.relu(x)
        with pytest.raises(MXNetError, match=r"at 1-th input: expected float64, got float32$"):
            y.backward(mx.np.ones(2, dtype="float64"))
    finally:
        mx.npx.reset_np()


def test_a_constant_shared_by_two_graphs_is_freed_by_the_first_backward():
    a, b, h = mx.nd.ones(2), mx.nd.ones(2), mx.nd.array([1.0, 2.0])
    a.attach_grad()
    b.attach_grad()
    with mx.autograd.record():
        first, second = (a * h).sum(), (b * h).sum()
    first.backward()
    assert a.grad.asnumpy().tolist() == [1.0, 2.0]
    with pytest.raises(MXNetError, match="The any container is empty requested=N5mxnet10Imperative6AGInfoE"):
        second.backward()
    with mx.autograd.record():          # recorded again after the free: a new entry, a working graph
        third = (b * h).sum()
    third.backward()
    assert b.grad.asnumpy().tolist() == [1.0, 2.0]


def test_a_shared_constant_survives_a_backward_that_retains_its_graph():
    a, b, h = mx.nd.ones(2), mx.nd.ones(2), mx.nd.array([1.0, 2.0])
    a.attach_grad()
    b.attach_grad()
    with mx.autograd.record():
        first, second = (a * h).sum(), (b * 3 * h).sum()
    first.backward(retain_graph=True)
    second.backward()
    assert b.grad.asnumpy().tolist() == [3.0, 6.0]

"""With monitor_all, an executor's backward shows each backward node's inputs before its outputs, as MXNet's:
``<node>_<input name>`` (lhs/rhs for elementwise math, input<k> otherwise, arg<k> for a gradient sum), a
variable under its own name first, and the head gradient as ``_head_grad_<i>``."""
import ctypes

import numpy as np

import distnet as mx
from distnet.base import NDArrayHandle


def _backward_shown(net, shapes):
    ex = net.simple_bind(mx.cpu(), **shapes)
    for name, array in ex.arg_dict.items():
        array[:] = np.arange(array.size).reshape(array.shape) * 0.1 + 0.5
    shown = []
    ex.set_monitor_callback(lambda name, handle: shown.append(
        (name.decode(), mx.nd.NDArray(ctypes.cast(handle, NDArrayHandle), writable=False).asnumpy())), monitor_all=True)
    ex.forward(is_train=True)
    del shown[:]
    ex.backward([mx.nd.full(o.shape, 3.0) for o in ex.outputs])
    return shown


def test_elementwise_math_shows_its_gradient_and_output_as_lhs_and_rhs():
    x = mx.sym.var("x")
    shown = _backward_shown(mx.sym.exp(x, name="e") * 2, {"x": (2,)})
    names = [n for n, _ in shown]
    assert names[:4] == ["_head_grad_0", "_head_grad_0_id_lhs", "_head_grad_0_id_rhs", "_head_grad_0_id_output"]
    scaled = names[4].rsplit("_backward", 1)[0]         # _mulscalar<n>, numbered by the name manager
    assert names[4:] == [f"{scaled}_backward_input0", f"{scaled}_backward_output", "e_backward_lhs",
                         "e_backward_rhs", "e_backward_output"]
    values = dict(shown)
    ex = np.exp(np.array([0.5, 0.6], np.float32))
    np.testing.assert_allclose(values["_head_grad_0"], [3, 3])
    np.testing.assert_allclose(values["_head_grad_0_id_rhs"], 2 * ex, rtol=1e-6)     # the output it is like
    np.testing.assert_allclose(values["e_backward_lhs"], [6, 6])                      # 3 * d(2y)/dy
    np.testing.assert_allclose(values["e_backward_rhs"], ex, rtol=1e-6)


def test_a_backward_node_shows_variables_it_reads_under_their_names():
    x = mx.sym.var("x")
    names = [n for n, _ in _backward_shown(mx.sym.FullyConnected(x, num_hidden=2, name="fc"), {"x": (2, 3)})]
    assert names[4:] == ["fc_backward_input0", "x", "fc_backward_input1", "fc_weight", "fc_backward_input2",
                         "fc_backward_output0", "fc_backward_output1", "fc_backward_output2"]


def test_a_gradient_sum_shows_its_terms_as_args():
    x = mx.sym.var("x")
    net = mx.sym.relu(x, name="a") + mx.sym.sigmoid(x, name="b")
    names = [n for n, _ in _backward_shown(net, {"x": (2,)})]
    assert names[4:] == ["b_backward_lhs", "b_backward_rhs", "b_backward_output", "a_backward_lhs",
                         "a_backward_rhs", "a_backward_output", "sum_grad_arg0", "sum_grad_arg1", "sum_grad_output"]


def test_softmax_reads_ograd_and_output_and_activation_its_inputs_by_position():
    x = mx.sym.var("x")
    names = [n for n, _ in _backward_shown(mx.sym.softmax(x, name="o"), {"x": (2, 3)})]
    assert names[4:] == ["o_backward_ograd", "o_backward_output", "o_backward_output"]
    names = [n for n, _ in _backward_shown(mx.sym.Activation(x, act_type="tanh", name="o"), {"x": (2, 3)})]
    assert names[4:] == ["o_backward_input0", "o_backward_input1", "x", "o_backward_input2", "o_backward_output"]


def test_without_monitor_all_only_outputs_are_shown():
    x = mx.sym.var("x")
    ex = (mx.sym.exp(x, name="e") * 2).simple_bind(mx.cpu(), x=(2,))
    shown = []
    ex.set_monitor_callback(lambda name, array: shown.append(name.decode()))
    ex.forward(is_train=True)
    del shown[:]
    ex.backward(mx.nd.ones(2))
    assert [n for n in shown if not n.startswith("_mulscalar")] == ["_head_grad_0_id_output", "e_backward_output"]


def test_every_gradient_sum_shows_its_inputs_though_they_share_a_name():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    net = mx.sym.Group([a * b, mx.sym.sum(a + b)])     # a and b each get two gradient parts: two sum_grad nodes
    shown = _backward_shown(net, {"a": (2,), "b": (2,)})
    names = [n for n, _ in shown]
    assert names[-6:] == ["sum_grad_arg0", "sum_grad_arg1", "sum_grad_output"] * 2
    values = [v for _, v in shown[-6:]]
    for arg0, arg1, total in (values[:3], values[3:]):
        np.testing.assert_allclose(arg0 + arg1, total)
    # a's sum: 3*b from the product plus 3 from the summed a + b; then b's: 3*a plus 3 (a and b both [0.5, 0.6])
    np.testing.assert_allclose(values[2], 3 * np.array([0.5, 0.6]) + 3, rtol=1e-6)
    np.testing.assert_allclose(values[5], 3 * np.array([0.5, 0.6]) + 3, rtol=1e-6)

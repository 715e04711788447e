"""simple_bind refuses what MXNet 1.9.1 refuses, with its error class and message (measured on MXNet)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of


def _bind_error(sym, **kwargs):
    with pytest.raises(RuntimeError) as info:
        sym.simple_bind(mx.cpu(), **kwargs)
    return message_of(info.value)


def test_a_gradient_through_a_non_differentiable_op_is_refused():
    x, idx = mx.sym.var('x'), mx.sym.var('idx')
    taken = mx.sym.batch_take(x, idx)
    text = _bind_error(taken, x=(10, 10), idx=(10,), type_dict={'x': np.float32, 'idx': np.int32})
    assert text.startswith("simple_bind error. Arguments:\nx: (10, 10)\nidx: (10,)\n")
    assert text.endswith("Operator batch_take is non-differentiable because it didn't register FGradient attribute.")
    # even when only another input needs a gradient, and from bind too
    _bind_error(taken + mx.sym.var('w'), x=(2, 2), idx=(2,), w=(2,), grad_req={'x': 'null', 'idx': 'null', 'w': 'write'})
    with pytest.raises(MXNetError, match="non-differentiable"):
        taken.bind(mx.cpu(), {'x': mx.nd.ones((2, 2)), 'idx': mx.nd.zeros((2,))}, args_grad={'x': mx.nd.ones((2, 2))})
    # stopped gradients, or no gradients at all, bind and run
    exe = mx.sym.stop_gradient(taken).simple_bind(mx.cpu(), x=(10, 10), idx=(10,),
                                                  type_dict={'x': np.float32, 'idx': np.int32})
    exe.forward(is_train=True)
    exe.backward()
    assert exe.grad_dict['x'].asnumpy().sum() == 0
    mx.sym.argmax_channel(x).simple_bind(mx.cpu(), x=(2, 2), grad_req='null')


def test_shapes_inference_cannot_decide_are_listed():
    x = mx.sym.var('x')
    fc = mx.sym.FullyConnected(x, num_hidden=4, name='fc')
    tail = ('Traceback (most recent call last):\n  File "../src/executor/../common/exec_utils.h", line 391\n'
            "MXNetError: InferShape pass cannot decide shapes for the following arguments (-1 means unknown "
            "dimensions). "
            "Please consider providing them as inputs:\n")
    assert _bind_error(fc) == "simple_bind error. Arguments:\n" + tail + "x: None, fc_weight: None, fc_bias: None, \n"
    assert _bind_error(fc, x=(0, 3)).endswith(tail + "x: [-1,3], \n")
    assert _bind_error(fc, fc_weight=(4, 3)).endswith(tail + "x: None, fc_bias: None, \n")
    bn = mx.sym.BatchNorm(x, name='bn')
    assert _bind_error(bn).endswith(
        tail + "x: None, bn_gamma: None, bn_beta: None, bn_moving_mean: None, bn_moving_var: None, \n")


def test_dtypes_are_not_defaulted_when_a_type_dict_is_given():
    fc = mx.sym.FullyConnected(mx.sym.var('x'), num_hidden=4, name='fc')
    text = _bind_error(fc, x=(2, 3), type_dict={'zz': np.float16})
    assert text.endswith("InferType pass cannot decide dtypes for the following arguments (-1 means unknown dtype). "
                         "Please consider providing them as inputs:\nx: -1, fc_weight: -1, fc_bias: -1, \n")
    text = _bind_error(fc, x=(2, 3), type_dict={'x': np.float16, 'fc_weight': np.float32})
    assert text.endswith("Incompatible attr in node fc at 1-th input: expected float16, got float32")
    exe = fc.simple_bind(mx.cpu(), x=(2, 3), type_dict={'x': 'float64'})
    assert exe.arg_dict['fc_weight'].dtype == np.float64


def test_an_unknown_grad_req_is_named():
    fc = mx.sym.FullyConnected(mx.sym.var('x'), num_hidden=4, name='fc')
    assert _bind_error(fc, x=(2, 3), grad_req='foo').endswith(
        "\nMXNetError: Check failed: req_map.count(provided_grad_req_types[0]) == 1U (0 vs. 1) : "
        "grad_req=foo is not a valid input in simple_bind; only 'null', 'write', and 'add' are supported")
    for grad_req in (['write', 'bad', 'null'], {'fc_weight': 'bad'}):      # each entry checked: [i]
        assert "Check failed: req_map.count(provided_grad_req_types[i]) == 1U (0 vs. 1) : grad_req=bad is not" \
            in _bind_error(fc, x=(2, 3), grad_req=grad_req)


@pytest.mark.parametrize("grad_req, kind", [(['write', 3, 'null'], 'int'), ({'fc_weight': None}, 'NoneType')])
def test_a_grad_req_entry_that_is_not_text_fails_as_it_is_handed_to_the_c_api(grad_req, kind):
    fc = mx.sym.FullyConnected(mx.sym.var('x'), num_hidden=4, name='fc')
    with pytest.raises(AttributeError, match=f"'{kind}' object has no attribute 'encode'"):
        fc.simple_bind(mx.cpu(), x=(2, 3), grad_req=grad_req)


def test_the_error_lists_every_keyword_given_also_those_no_input_takes():
    fc = mx.sym.broadcast_add(mx.sym.FullyConnected(mx.sym.var('x'), num_hidden=4, name='fc'), mx.sym.var('y'))
    assert _bind_error(fc, x=(2, 3), zz=(3,), y=[2, 4]).startswith(
        "simple_bind error. Arguments:\nx: (2, 3)\nzz: (3,)\ny: [2, 4]\nTraceback (most recent call last):\n  File "
        '"../src/executor/../common/exec_utils.h", line 391\nMXNetError: InferShape pass cannot decide shapes')


def test_variables_sharing_a_name_are_refused_after_shape_inference():
    a = mx.sym.var('a')
    product = mx.sym.broadcast_mul(a, mx.sym.var('b')) + mx.sym.var('a')
    assert "InferShape pass cannot decide shapes" in _bind_error(product, a=(2, 3))
    assert "Input argument NDArray cannot be un-allocated" in _bind_error(a + mx.sym.var('a'), a=(2,))


def test_an_output_shape_that_disagrees_with_its_consumers_is_refused():
    v, x = mx.sym.var('V'), mx.sym.var('x')
    with mx.name.NameManager():
        net = mx.sym.transpose(v) + (x + v)
    message = "Error in operator transpose0: Shape inconsistent, Provided = [2,3], inferred shape=[3,2]"
    with pytest.raises(MXNetError, match=message.replace("[", r"\[").replace("]", r"\]")):
        net.infer_shape(x=(2, 3))
    assert _bind_error(net, x=(2, 3), grad_req='null').endswith(message)


def test_bind_refuses_a_context_that_is_not_a_context_object():
    sym = mx.sym.Variable("x") * 2
    with pytest.raises(TypeError, match="Context type error$"):
        sym.bind("cpu", {"x": mx.nd.ones(2)})
    with pytest.raises(AttributeError, match="'str' object has no attribute 'device_typeid'"):
        sym.simple_bind("cpu", x=(2,))


def test_a_shared_argument_of_another_shape_is_refused_with_mxnets_check():
    def fc():
        return mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=3, name='fc')
    first = fc().simple_bind(mx.cpu(), data=(2, 4))
    text = _bind_error(fc(), data=(2, 5), shared_exec=first, shared_arg_names=['fc_weight'], shared_buffer={})
    assert text.endswith("Check failed: inferred_shape == in_arg_nd.shape() ([3,5] vs. [3,4]) : Inferred shape does "
                         "not match shared_exec.arg_array's shape Therefore, the allocated memory for "
                         "shared_exec.arg_array cannot be resued for creating NDArray of the argument fc_weight for "
                         "the current executor")


def test_an_output_dtype_left_undecided_is_refused():
    # where's two branches must share a dtype: float32 (the default) and a declared float64 leave the output unknown
    cond = mx.sym.var('c', dtype='int32')
    sym = mx.sym.where(cond, mx.sym.var('a'), mx.sym.var('b', dtype='float64'))
    text = _bind_error(sym, a=(2, 2), b=(2, 2), c=(2, 2))
    assert text.endswith("InferType pass cannot decide dtypes for the following arguments (-1 means unknown dtype). "
                         "Please consider providing them as inputs:\n")       # (no input listed: no blank line)


def test_a_negative_size_is_refused_as_the_c_api_converts_it():
    fc = mx.sym.FullyConnected(mx.sym.var('x'), num_hidden=4, name='fc')
    with pytest.raises(OverflowError, match="can't convert negative value to unsigned int"):
        fc.simple_bind(mx.cpu(), x=(2, -1))

"""Creating a symbol checks what MXNet 1.9.1 checks then, with its messages (measured on MXNet)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of


@pytest.mark.parametrize("make, message", [
    (lambda d: mx.sym.Activation(d, act_type='foo', name='a1'),
     "Invalid Input: 'foo', valid values are: {'relu', 'sigmoid', 'softrelu', 'softsign', 'tanh'}, "
     'in operator Activation(name="", act_type="foo")'),
    (lambda d: mx.sym.LeakyReLU(d, act_type='foo', slope=0.1),
     "Invalid Input: 'foo', valid values are: {'elu', 'gelu', 'leaky', 'prelu', 'rrelu', 'selu'}, "
     'in operator LeakyReLU(name="", slope="0.1", act_type="foo")'),
    (lambda d: mx.sym.Convolution(d, kernel=(2, 2), num_filter=2, layout='foo'),
     "Invalid Input: 'foo', valid values are: {None, 'NCDHW', 'NCHW', 'NCW', 'NDHWC', 'NHWC'}, "
     'in operator Convolution(name="", layout="foo", num_filter="2", kernel="(2, 2)")'),
    (lambda d: mx.sym.RNN(d, state_size=2, num_layers=1, mode='foo'),
     "Invalid Input: 'foo', valid values are: {'gru', 'lstm', 'rnn_relu', 'rnn_tanh'}, "
     'in operator RNN(name="", mode="foo", num_layers="1", state_size="2")'),
    (lambda d: mx.sym.Pooling(d, kernel=(2, 2), pool_type='foo', stride=(1, 1)),
     "Invalid Input: 'foo', valid values are: {'avg', 'lp', 'max', 'sum'}"),
    (lambda d: mx.sym.SoftmaxOutput(d, normalization='foo'),
     "Invalid Input: 'foo', valid values are: {'batch', 'null', 'valid'}, "
     'in operator SoftmaxOutput(name="", normalization="foo")'),
])
def test_an_enumerated_parameter_refuses_other_values(make, message):
    with pytest.raises(MXNetError) as info:
        make(mx.sym.var('d'))
    assert message_of(info.value) == message


def test_accepted_enumerated_values_build():
    d = mx.sym.var('d')
    assert mx.sym.Convolution(d, kernel=(2, 2), num_filter=2, layout=None).list_arguments()[0] == 'd'
    assert mx.sym.Activation(d, act_type='tanh').list_arguments() == ['d']


def test_type_and_index_errors_as_mxnet_words_them():
    with pytest.raises(TypeError, match="Expect a string for variable `name`"):
        mx.sym.Variable(3)
    with pytest.raises(TypeError, match="Expected a list of symbols as input"):
        mx.sym.Group([mx.sym.var('d'), 1])
    parts = mx.sym.split(mx.sym.var('d'), num_outputs=3)
    with pytest.raises(IndexError) as info:
        parts[3]
    assert message_of(info.value) == ""


@pytest.mark.parametrize("make, message", [
    (lambda d: mx.sym.FullyConnected(d),
     'Required parameter num_hidden of int is not presented, in operator FullyConnected(name="")'),
    (lambda d: mx.sym.Convolution(d, num_filter=2),
     'Required parameter kernel of Shape(tuple) is not presented, in operator Convolution(name="", num_filter="2")'),
    (lambda d: mx.sym.Convolution(d, kernel=(3, 3)),
     'Required parameter num_filter of int (non-negative) is not presented, in operator Convolution(name="", '
     'kernel="(3, 3)")'),
    (lambda d: mx.sym.clip(d, a_min=0),
     'Required parameter a_max of float is not presented, in operator clip(name="", a_min="0")'),
    (lambda d: mx.sym.Deconvolution(d, kernel=(2, 2)),
     'Required parameter num_filter of int (non-negative) is not presented'),
])
def test_a_missing_required_parameter_is_named_with_its_type(make, message):
    with pytest.raises(MXNetError) as info:
        make(mx.sym.var('d'))
    assert message_of(info.value) == message


def test_a_refused_operator_still_takes_its_automatic_name():
    with mx.name.NameManager():
        x = mx.sym.var('x')
        for make in (lambda: mx.sym.Activation(x, act_type='foo'), lambda: mx.sym.FullyConnected(x)):
            with pytest.raises(MXNetError):
                make()
        assert mx.sym.Activation(x, act_type='relu').name == 'activation1'
        assert mx.sym.FullyConnected(x, num_hidden=2).name == 'fullyconnected1'


def test_the_generated_functions_out_keyword_leaves_no_attribute():
    x = mx.sym.var("x")
    assert '"out"' not in mx.sym.relu(x, name="r", out=None).tojson()
    assert mx.sym.FullyConnected(x, num_hidden=2, out=3).list_attr() == {"num_hidden": "2"}


@pytest.mark.parametrize("name", ["equal", "greater", "add", "multiply", "logical_and", "batch_norm", "convolution"])
def test_mx_sym_has_no_ndarray_only_helpers_or_numpy_extension_spellings(name):
    assert not hasattr(mx.sym, name) and not hasattr(mx.sym._internal, name) and not hasattr(mx.sym.op, name)


def test_mx_sym_keeps_its_own_binary_helpers():
    assert all(hasattr(mx.sym, name) for name in ("maximum", "minimum", "power", "hypot", "broadcast_equal"))


def test_a_scalar_op_refusing_a_bool_still_uses_up_its_name():
    x = mx.sym.var("x")
    with mx.name.NameManager():
        for refused in (lambda: x * True, lambda: x ** True, lambda: True - x):
            with pytest.raises(MXNetError, match="Invalid Parameter format for scalar expect double"):
                refused()
        assert [(x * 2).name, (x ** 2).name, (2 - x).name] == ["_mulscalar1", "_powerscalar1", "_rminusscalar1"]


@pytest.mark.parametrize("make, message", [
    (lambda d: mx.sym.clip(d), "Required parameter a_max of float is not presented, in operator clip"),
    (lambda d: mx.sym.RNN(d), "Required parameter mode of int is not presented, in operator RNN"),
    (lambda d: mx.sym.UpSampling(d), "Required parameter sample_type of int is not presented"),
    (lambda d: mx.sym.SpatialTransformer(d), "Required parameter sampler_type of int is not presented"),
    (lambda d: mx.sym.col2im(d), "Required parameter kernel of Shape(tuple) is not presented, in operator col2im"),
    (lambda d: mx.sym.sgd_update(d), "Required parameter lr of float is not presented, in operator sgd_update"),
    (lambda d: mx.sym.tile(d), "Required parameter reps of Shape(tuple) is not presented, in operator tile"),
])
def test_the_first_missing_required_parameter_by_name_is_reported(make, message):
    with pytest.raises(MXNetError) as info:
        make(mx.sym.var("d"))
    assert message_of(info.value).startswith(message)


@pytest.mark.parametrize("make, kinds", [
    (lambda: mx.sym.random.uniform(0, mx.sym.var("h")), "<class 'int'> and <class 'mxnet.symbol.symbol.Symbol'>"),
    (lambda: mx.sym.random.normal(mx.sym.var("m"), 1.5), "<class 'mxnet.symbol.symbol.Symbol'> and <class 'float'>"),
])
def test_random_parameters_of_mixed_kinds_are_refused_in_mxnets_words(make, kinds):
    with pytest.raises(AssertionError) as info:
        make()
    assert message_of(info.value) == f"Distribution parameters must all have the same type, but got both {kinds}."


def test_debug_str_of_a_group_of_variables_lists_its_outputs():
    group = mx.sym.Group([mx.sym.var("x"), mx.sym.var("y")])
    assert group.debug_str() == "Symbol Outputs:\n\toutput[0]=x(0)\n\toutput[1]=y(0)\nVariable:x\nVariable:y\n"
    assert mx.sym.var("x").debug_str() == "Variable:x\n"


def test_an_ndarray_only_method_called_wrongly_is_named_as_a_symbol_method():
    with pytest.raises(TypeError, match=r"Symbol\.as_in_context\(\) takes 1 positional argument but 2 were given"):
        mx.sym.var("x").as_in_context(mx.cpu())


@pytest.mark.parametrize("make, message", [
    (mx.sym.Convolution, "Invalid Input: 'nope', valid values are: {None, 'fastest', 'limited_workspace', 'off'}, "
                         'in operator Convolution(name="", cudnn_tune="nope", num_filter="2", kernel="(3, 3)")'),
    (mx.sym.Deconvolution, "Invalid Input: 'nope', valid values are: {None, 'fastest', 'limited_workspace', 'off'}"),
])
def test_cudnn_tune_is_an_enumerated_parameter(make, message):
    with pytest.raises(MXNetError) as info:
        make(mx.sym.var("x"), kernel=(3, 3), num_filter=2, cudnn_tune="nope")
    assert message_of(info.value) == message
    assert make(mx.sym.var("x"), kernel=(3, 3), num_filter=2, cudnn_tune="off").list_attr()["cudnn_tune"] == "off"


@pytest.mark.parametrize("make, message", [
    (lambda d: mx.sym.Deconvolution(d, kernel=(3, 3), num_filter=2, layout='bogus'),
     "Invalid Input: 'bogus', valid values are: {None, 'NCDHW', 'NCHW', 'NCW', 'NDHWC', 'NHWC'}"),
    (lambda d: mx.sym.Pooling(d, kernel=(2, 2), layout='bogus'),
     "Invalid Input: 'bogus', valid values are: {None, 'NCDHW', 'NCHW', 'NCW', 'NDHWC', 'NHWC', 'NWC'}"),
    (lambda d: mx.sym.topk(d, ret_typ='bogus'),
     "Invalid Input: 'bogus', valid values are: {'both', 'indices', 'mask', 'value'}, "
     'in operator topk(name="", ret_typ="bogus")'),
    (lambda d: mx.sym.L2Normalization(d, mode='bogus'),
     "Invalid Input: 'bogus', valid values are: {'channel', 'instance', 'spatial'}, "
     'in operator L2Normalization(name="", mode="bogus")'),
    (lambda d: mx.sym.SoftmaxActivation(d, mode='bogus'),
     "Invalid Input: 'bogus', valid values are: {'channel', 'instance'}, "
     'in operator SoftmaxActivation(name="", mode="bogus")'),
    (lambda d: mx.sym.GridGenerator(d, transform_type='bogus', target_shape=(2, 2)),
     "Invalid Input: 'bogus', valid values are: {'affine', 'warp'}, "
     'in operator GridGenerator(name="", target_shape="(2, 2)", transform_type="bogus")'),
])
def test_more_enumerated_parameters_are_checked_at_creation(make, message):
    with pytest.raises(MXNetError) as info:
        make(mx.sym.var('d'))
    assert message_of(info.value) == message


def test_upsampling_sample_type_is_checked_at_creation():
    with pytest.raises(MXNetError, match="Invalid Input: 'bogus', valid values are: {'bilinear', 'nearest'}"):
        mx.sym.UpSampling(mx.sym.var('d'), scale=2, sample_type='bogus')


@pytest.mark.parametrize("op", ["Convolution", "Deconvolution"])
def test_window_parameters_must_match_the_kernel_rank_at_creation(op):
    with pytest.raises(MXNetError) as info:
        getattr(mx.sym, op)(mx.sym.var('d'), kernel=(3, 3), num_filter=2, stride=(1,))
    assert message_of(info.value) == ("Check failed: param_.kernel.ndim() == param_.stride.ndim() (2 vs. 1) : Stride must "
                               "have the same number of dimensions with kernel_size,but kernel_size is set to [3,3] "
                               "while stride is [1]")
    with pytest.raises(MXNetError, match=r"\(2 vs. 1\) : Padding must have the same number of dimensions"):
        getattr(mx.sym, op)(mx.sym.var('d'), kernel=(3, 3), num_filter=2, pad=(1,))
    assert getattr(mx.sym, op)(mx.sym.var('d'), kernel=(3, 3), num_filter=2, stride=(2, 2)).name


@pytest.mark.parametrize("make, listed", [
    (lambda x: mx.sym.FullyConnected(x, foo=3, num_hidden=2), 'FullyConnected(name="", num_hidden="2", foo="3")'),
    (lambda x: mx.sym.FullyConnected(x, num_hidden=2, no_bias=True, flatten=False, foo=3),
     'FullyConnected(name="", flatten="False", no_bias="True", num_hidden="2", foo="3")'),
    (lambda x: mx.sym.Activation(x, foo=1, act_type="relu"), 'Activation(name="", act_type="relu", foo="1")'),
    (lambda x: mx.sym.FullyConnected(x, num_hidden=2, attr={"mood": "x"}), 'FullyConnected(name="", num_hidden="2", mood="x")'),
])
def test_an_unknown_argument_lists_the_attributes_in_the_order_the_parser_received_them(make, listed):
    # undeclared keywords and user attributes first, then the declared parameters (in declared order): MXNet's
    # map of them lists the last inserted first
    with pytest.raises(mx.base.MXNetError) as info:
        make(mx.sym.var("x"))
    assert message_of(info.value).split("\n(give")[0].endswith(", in operator " + listed)


@pytest.mark.parametrize("make, message", [
    (lambda x, y: mx.sym.Dropout(x, y), "Invalid Parameter format for p expect float but value='<Symbol y>', in "
                                        'operator Dropout(name="", p="<Symbol y>")'),
    (lambda x, y: mx.sym.Activation(x, y), "Invalid Input: '<Symbol y>', valid values are: {'relu', 'sigmoid', "
                                           "'softrelu', 'softsign', 'tanh'}, in operator Activation(name=\"\", "
                                           'act_type="<Symbol y>")'),
    (lambda x, y: mx.sym.slice_axis(x, axis=y), "Invalid Parameter format for axis expect int but value='<Symbol y>'"
                                                ', in operator slice_axis(name="", axis="<Symbol y>")'),
])
def test_a_symbol_given_for_a_parameter_is_parsed_as_its_text(make, message):
    # MXNet's generated functions send a parameter (here given a symbol by position or keyword) as text; the
    # parser's refusal of that text comes before the check for the required parameters still missing
    with pytest.raises(MXNetError) as info:
        make(mx.sym.var("x"), mx.sym.var("y"))
    assert message_of(info.value) == message


def test_a_variadic_op_lists_its_counted_inputs_in_a_missing_parameter_error():
    with pytest.raises(MXNetError) as info:
        mx.sym.UpSampling(mx.sym.var("x"), mx.sym.var("y"))
    assert message_of(info.value) == ('Required parameter sample_type of int is not presented, in operator '
                               'UpSampling(name="", num_args="2")')


@pytest.mark.parametrize("make, message", [
    (lambda x: mx.sym.Concat(dim=1), 'value 0 for Parameter num_args should be greater equal to 1\nnum_args: Number '
                                     'of inputs to be concated., in operator Concat(name="", num_args="0", dim="1")'),
    (lambda x: mx.sym.stack(), 'value 0 for Parameter num_args should be greater equal to 1\nnum_args: Number of '
                               'inputs to be stacked., in operator stack(name="", num_args="0")'),
    (lambda x: mx.sym.Concat(x, num_args=0), "value 0 for Parameter num_args should be greater equal to 1\n"
                                             'num_args: Number of inputs to be concated., in operator '
                                             'Concat(name="", num_args="0")'),
    (lambda x: mx.sym.Crop(x, num_args=4), "value 4 for Parameter num_args exceed bound [1,3]\nnum_args: Number of "
                                           "inputs for crop"),
])
def test_a_variadic_ops_count_out_of_bounds_is_refused_with_the_parameters_description(make, message):
    with pytest.raises(MXNetError) as info:
        make(mx.sym.var("x"))
    assert message_of(info.value).startswith(message)


@pytest.mark.parametrize("scalar, refusal", [
    (True, "Invalid Parameter format for scalar expect double but value='True'"),
    (False, "Some trailing characters could not be parsed: 'alse'"),
])
def test_a_bool_scalar_fails_as_its_text_fails_mxnets_double_parser(scalar, refusal):
    with pytest.raises(MXNetError) as info:
        mx.sym.var("x") * scalar
    assert message_of(info.value).startswith(f'{refusal}, in operator _mul_scalar(name="", scalar="{scalar}")')


def test_the_refused_user_attribute_is_the_first_the_parser_meets():
    with pytest.raises(MXNetError) as info:
        mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=2, no_bias=True, attr={"mood": "x", "aa": "b"})
    assert message_of(info.value).startswith("Cannot find argument 'aa', Possible Arguments:")
    assert 'FullyConnected(name="", no_bias="True", num_hidden="2", aa="b", mood="x")' in message_of(info.value)


@pytest.mark.parametrize("scalar", [np.bool_(True), np.bool_(False), "2"])
def test_a_scalar_that_is_no_python_number_is_refused_by_type(scalar):
    for combine in (lambda x: x * scalar, lambda x: scalar - x):
        with pytest.raises(TypeError, match=f"type {type(scalar)} not supported".replace("(", r"\(").replace(")", r"\)")):
            combine(mx.sym.var("x"))


def test_sampler_parameters_given_twice_are_refused_as_by_the_generated_function():
    with pytest.raises(TypeError, match=r"_random_exponential\(\) got multiple values for argument 'lam'$"):
        mx.sym.random.exponential(lam=2.0, shape=(2,))
    with pytest.raises(TypeError, match=r"got multiple values for keyword argument 'shape'$"):
        mx.sym.random.randn(shape=(2,))
    assert mx.sym.random.randn(2, 3).infer_shape()[1] == [(2, 3)]


def test_parameters_are_checked_before_the_name_is_encoded():
    d = mx.sym.var("d")
    with pytest.raises(MXNetError, match="Required parameter act_type of int is not presented"):
        mx.sym.Activation(d, name=3)
    with pytest.raises(AttributeError, match="'int' object has no attribute 'encode'"):
        mx.sym.relu(d, name=3)
    with pytest.raises(MXNetError, match=r"Required parameter num_arrays of int is not presented, in operator "
                                         r"reset_arrays\(name=\"\"\)$"):
        mx.sym.reset_arrays(d)


def test_variadic_ops_parse_num_args_and_refuse_their_inputs_name_as_a_parameter():
    d = mx.sym.var("d")
    with pytest.raises(MXNetError, match=r"Invalid Parameter format for num_args expect int but value='x', in "
                                         r"operator Concat\(name=\"\", num_args=\"x\"\)"):
        mx.sym.Concat(d, num_args="x")
    with pytest.raises(MXNetError, match="Cannot find argument 'data'"):
        mx.sym.Crop(d, data="bad!")


@pytest.mark.parametrize("make, message", [
    (lambda: mx.sym.FullyConnected(*[1] * 10), "FullyConnected() takes from 0 to 9 positional arguments but 10 were "
                                               "given"),
    (lambda: mx.sym.exp(mx.sym.var("x"), *[1] * 4), "exp() takes from 0 to 4 positional arguments but 5 were given"),
    (lambda: mx.sym.linalg.det(*[1] * 5), "det() takes from 0 to 4 positional arguments but 5 were given"),
    (lambda: mx.sym.contrib.fft(*[1] * 6), "fft() takes from 0 to 5 positional arguments but 6 were given"),
    (lambda: mx.sym.random.uniform_like(*[1] * 7), "uniform_like() takes from 0 to 6 positional arguments but 7 "
                                                   "were given"),
])
def test_too_many_positional_arguments_fail_as_python_refuses_them_first(make, message):
    """MXNet's generated symbol functions have a fixed signature: Python refuses extra positions before any check."""
    with pytest.raises(TypeError) as err:
        make()
    assert message_of(err.value) == message


def test_symbol_astype_is_named_cast_as_the_function_mxnet_calls():
    x = mx.sym.var("x")
    with pytest.raises(TypeError) as err:
        x.astype(*[1] * 5)
    assert message_of(err.value) == "cast() takes from 0 to 5 positional arguments but 6 were given"
    assert x.astype("float16").name.startswith("cast")


def test_argsort_dtype_is_read_when_the_symbol_is_created():
    with pytest.raises(MXNetError, match=r"Invalid Input: 'bool', valid values are: \{'float16', 'float32', "
                                         r"'float64', 'int32', 'int64', 'uint8'\}, in operator argsort"):
        mx.sym.argsort(mx.sym.var("a"), dtype="bool")


def _bind_for_gradients(sym, **shapes):
    args = {k: mx.nd.ones(s) for k, s in shapes.items()}
    grads = {k: mx.nd.zeros(s) for k, s in shapes.items()}
    return sym.bind(mx.cpu(), args, args_grad=grads)


def test_bind_refuses_a_non_differentiable_op_before_it_infers_shapes():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    with pytest.raises(MXNetError, match="Operator batch_take is non-differentiable"):
        _bind_for_gradients(mx.sym.batch_take(a, b), a=(4,), b=(2,))      # shapes MXNet would refuse later
    with pytest.raises(MXNetError, match="Operator khatri_rao is non-differentiable"):
        _bind_for_gradients(mx.sym.khatri_rao(a, b), a=(2, 3), b=(4, 2))


def test_sort_gradient_node_copies_its_is_ascend():
    s = mx.sym.sort(mx.sym.var("a"), is_ascend=False, name="s")
    with pytest.raises(MXNetError) as info:
        _bind_for_gradients(s, a=(3,))
    assert '_backward_topk(name="s_backward", is_ascend="0", ret_typ="value"' in message_of(info.value)


def test_boolean_mask_checks_in_a_graph_name_no_node():
    s = mx.sym.contrib.boolean_mask(mx.sym.var("d"), mx.sym.var("i"), name="m")
    ex = s.bind(mx.cpu(), {"d": mx.nd.ones((4, 3)), "i": mx.nd.ones((3,))})
    with pytest.raises(MXNetError) as info:
        ex.forward()[0].asnumpy()
    assert message_of(info.value).startswith("Check failed: data.shape()[axis] == idx.shape()[0] (4 vs. 3)")

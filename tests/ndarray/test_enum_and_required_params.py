"""Enumerated and required operator parameters refused in MXNet's parser words."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

_IMG, _THETA = mx.nd.ones((1, 1, 2, 2)), mx.nd.ones((1, 6))


@pytest.mark.parametrize("call, message", [
    (lambda: mx.nd.ctc_loss(mx.nd.ones((3, 2, 4)), mx.nd.ones((2, 2)), blank_label=None),
     "Invalid Input: 'None', valid values are: {'first', 'last'}, in operator CTCLoss(name=\"\", blank_label=\"None\")"),
    (lambda: mx.nd.SpatialTransformer(_IMG, _THETA, target_shape=(2, 2), transform_type="warp", sampler_type="bilinear"),
     "Invalid Input: 'warp', valid values are: {'affine'}"),
    (lambda: mx.nd.SpatialTransformer(_IMG, _THETA, target_shape=(2, 2), transform_type="affine", sampler_type="nearest"),
     "Invalid Input: 'nearest', valid values are: {'bilinear'}"),
    (lambda: mx.nd.SpatialTransformer(_IMG, _THETA, target_shape=(2, 2), sampler_type="bilinear"),
     "Required parameter transform_type of int is not presented"),
    (lambda: mx.nd.Convolution_v1(mx.nd.ones((1, 1, 3, 3)), mx.nd.ones((1, 1, 2, 2)), kernel=(2, 2), no_bias=True),
     "Required parameter num_filter of int (non-negative) is not presented"),
    (lambda: mx.nd.random_randint(low=0, shape=(2,)), "Required parameter high of long is not presented"),
])
def test_parameter_refusals_use_mxnets_words(call, message):
    with pytest.raises(MXNetError) as err:
        call()
    assert message_of(err.value).startswith(message)


def test_symbol_creation_refuses_an_unknown_blank_label():
    with pytest.raises(MXNetError, match="valid values are: {'first', 'last'}"):
        mx.sym.ctc_loss(mx.sym.var("a"), mx.sym.var("b"), blank_label="x")


@pytest.mark.parametrize("kwargs, message", [
    (dict(output_dim=2), 'Required parameter input_dim of int is not presented, in operator Embedding(name="", output_dim="2")'),
    (dict(input_dim=2, dtype="float16"),
     'Required parameter output_dim of int is not presented, in operator Embedding(name="", dtype="float16", input_dim="2")'),
])
def test_embedding_names_its_missing_dimension_as_mxnets_parser(kwargs, message):
    with pytest.raises(MXNetError) as err:
        mx.nd.Embedding(mx.nd.ones((2, 2)), mx.nd.ones((2, 2)), **kwargs)
    assert message_of(err.value) == message


def test_a_pooled_size_given_as_none_is_a_shape_of_the_wrong_rank():
    with pytest.raises(MXNetError) as err:
        mx.nd.ROIPooling(mx.nd.ones((1, 1, 4, 4)), mx.nd.array([[0, 0, 0, 2, 2]]), pooled_size=None, spatial_scale=1.0)
    assert message_of(err.value).startswith("value Nonefor Parameter pooled_size has wrong dimensions, expected dimension=2")


def test_randint_refuses_a_float_dtype_naming_every_attribute_and_reads_none_as_numpy_does():
    with pytest.raises(MXNetError) as err:
        mx.nd.random_randint(low=0, high=5, shape=(2,), dtype="float64")
    assert message_of(err.value) == ("Invalid Input: 'float64', valid values are: {'None', 'int32', 'int64'}, in operator "
                              '_random_randint(name="", dtype="float64", shape="(2,)", high="5", low="0")')
    with pytest.raises(MXNetError, match="Invalid Input: 'float64'"):     # the front end reads None as numpy does
        mx.nd.random_randint(low=0, high=5, shape=(2,), dtype=None)
    assert mx.nd.random_randint(low=0, high=5, shape=(2,)).dtype == np.int32
    with pytest.raises(MXNetError, match="Invalid Input: 'uint8'"):
        mx.sym.random.randint(0, 5, shape=(2,), dtype="uint8")


@pytest.mark.parametrize("call, name", [
    (lambda o: mx.nd.reshape(o, shape=(4,), reverse=None), "Reshape"),
    (lambda o: mx.sym.reshape(mx.sym.var("a"), shape=(4,), reverse="r"), "Reshape"),
    (lambda o: mx.nd.ravel_multi_index(o, shape="a"), "_ravel_multi_index"),
    (lambda o: mx.nd.unravel_index(o, shape="a"), "_unravel_index"),
])
def test_parameter_errors_name_the_operator_as_mxnet_registers_it(call, name):
    with pytest.raises(MXNetError) as err:
        call(mx.nd.ones((2, 2)))
    assert f"in operator {name}(name=" in message_of(err.value)


def test_sparse_embedding_requires_its_dimensions_and_takes_no_sparse_grad():
    o = mx.nd.ones((2, 2))
    with pytest.raises(MXNetError) as err:
        mx.nd.contrib.SparseEmbedding(o, o, dtype="float64")
    assert message_of(err.value) == ('Required parameter input_dim of int is not presented, in operator '
                              '_contrib_SparseEmbedding(name="", dtype="float64")')
    with pytest.raises(MXNetError, match="Cannot find argument 'sparse_grad'"):
        mx.nd.contrib.SparseEmbedding(o, o, input_dim=2, output_dim=2, sparse_grad=None)


def test_tile_with_reps_none_tiles_nothing():
    x = mx.nd.arange(4).reshape((2, 2))
    assert mx.nd.tile(x, reps=None).asnumpy().tolist() == [[0, 1], [2, 3]]
    assert mx.sym.tile(mx.sym.var("a"), reps=None).eval(a=x)[0].shape == (2, 2)


@pytest.mark.parametrize("make, message", [
    (lambda: mx.sym.Cast(mx.sym.var("x"), dtype="int16"),
     "Invalid Input: 'int16', valid values are: {'bfloat16', 'bool', 'float16', 'float32', 'float64', 'int32', "
     "'int64', 'int8', 'uint8'}, in operator Cast(name=\"\", dtype=\"int16\")"),
    (lambda: mx.sym.amp_cast(mx.sym.var("x"), dtype="uint16"),
     "Invalid Input: 'uint16', valid values are: {'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', "
     "'int8', 'uint8'}, in operator amp_cast(name=\"\", dtype=\"uint16\")"),
    (lambda: mx.sym.arange(3, dtype="int16"),       # _arange's parser names no operator
     "Invalid Input: 'int16', valid values are: {'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', "
     "'int8', 'uint8'}"),
    (lambda: mx.nd.arange(3, dtype="int16"),
     "Invalid Input: 'int16', valid values are: {'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', "
     "'int8', 'uint8'}"),
    (lambda: mx.sym.arange(3, repeat="a"), "Invalid Parameter format for repeat expect int but value='a'"),
])
def test_a_dtype_the_operator_has_no_kernel_for_is_refused_when_the_symbol_is_made(make, message):
    with pytest.raises(mx.base.MXNetError) as info:
        make()
    assert message_of(info.value) == message


def _refusal(call):
    with pytest.raises(MXNetError) as err:
        call()
    return message_of(err.value)


def test_unknown_argument_lists_each_parameter_with_type_default_and_meaning():
    x, w, b = mx.nd.ones((2, 3)), mx.nd.ones((4, 3)), mx.nd.ones((4,))
    text = _refusal(lambda: mx.nd.FullyConnected(x, w, b, num_hidden=4, foo=1))
    assert text == ("Cannot find argument 'foo', Possible Arguments:\n----------------\n"
                    "num_hidden : int, required\n    Number of hidden nodes of the output.\n"
                    "no_bias : boolean, optional, default=0\n    Whether to disable bias parameter.\n"
                    "flatten : boolean, optional, default=1\n"
                    "    Whether to collapse all but the first axis of the input data tensor.\n"
                    ', in operator FullyConnected(name="", num_hidden="4", foo="1")')


def test_unknown_argument_of_a_reduction_names_no_operator():
    text = _refusal(lambda: mx.nd.sum(mx.nd.ones((2,)), foo=1))
    assert text.startswith("Cannot find argument 'foo', Possible Arguments:\n----------------\naxis : Shape or None")
    assert text.endswith("exclude : boolean, optional, default=0\n"
                         "    Whether to perform reduction on axis that are NOT in axis instead.")


def test_creation_ops_refuse_unknown_keywords_with_their_parameter_list():
    for call, op in ((lambda: mx.nd.zeros((2,), foo=1), "_zeros"), (lambda: mx.nd.ones((2,), stype="csr"), "_ones"),
                     (lambda: mx.nd.eye(3, foo=1), "_eye")):
        text = _refusal(call)
        assert text.split("\n")[1:3] == ["----------------", "shape : Shape(tuple), optional, default=[]"
                                          if op != "_eye" else "N : long, required"]
        assert f", in operator {op}(name=\"\"" in text and "Possible Arguments: shape" not in text


def test_of_several_unknown_arguments_the_first_in_the_parsers_order_is_named():
    # the parser reads the attribute map in its hash order: foo before bar for these two keys
    text = _refusal(lambda: mx.nd.Activation(mx.nd.ones((2,)), act_type="relu", bar=1, foo=2))
    assert text.startswith("Cannot find argument 'foo'")
    assert text.endswith('in operator Activation(name="", act_type="relu", foo="2", bar="1")')


def test_pooling_refuses_an_unknown_argument_before_checking_its_kernel():
    text = _refusal(lambda: mx.nd.Pooling(mx.nd.ones((1, 1, 4, 4)), foo=1))
    assert text.startswith("Cannot find argument 'foo', Possible Arguments:\n----------------\nkernel : Shape(tuple)")


def test_a_call_without_inputs_names_a_required_parameter_before_counting_inputs():
    # MXNet's parser runs before the input count: the first required parameter (by name) left out is named
    for call, words in ((lambda: mx.nd.Activation(), "act_type of int"), (lambda: mx.nd.clip(), "a_max of float"),
                        (lambda: mx.nd.pad(), "mode of int"), (lambda: mx.nd.reverse(), "axis of Shape(tuple)"),
                        (lambda: mx.nd.cast(None), "dtype of int")):
        assert _refusal(call).startswith(f"Required parameter {words} is not presented, in operator ")
    assert _refusal(lambda: mx.nd.reshape()) == ("Check failed: num_inputs == infered_num_inputs (0 vs. 1) : "
                                                 "Operator Reshape expects 1 inputs, but got 0 instead.")


def test_an_array_under_a_name_no_input_has_is_passed_on_as_an_attribute():
    x = mx.nd.ones((2, 2))
    # an operator without parameters ignores it, then counts its inputs
    assert _refusal(lambda: mx.nd.broadcast_add(data=x)) == (
        "Check failed: num_inputs == infered_num_inputs (0 vs. 2) : Operator broadcast_add expects 2 inputs, but got "
        "0 instead.")
    assert _refusal(lambda: mx.nd.gather_nd(data=x, foo=None)).startswith(
        "Check failed: num_inputs == infered_num_inputs (1 vs. 2) : Operator gather_nd expects 2 inputs")
    # one with parameters refuses the name
    assert _refusal(lambda: mx.nd.softmax(x, foo=x)).startswith("Cannot find argument 'foo', Possible Arguments:")

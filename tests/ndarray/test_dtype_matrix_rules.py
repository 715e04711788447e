"""Dtype rules of the legacy operators across the dtype matrix: which types an operator's dtype parameter takes,
the type each kernel checks first, and how a float index is read (values worked out by hand from MXNet's rules)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

nd = mx.nd


def _words(call):
    with pytest.raises(MXNetError) as e:
        call().asnumpy()
    return message_of(e.value)


@pytest.mark.parametrize("dtype", ["uint8", "bool", "int16"])
def test_cumsum_takes_only_the_types_of_its_numpy_operator(dtype):
    words = _words(lambda: nd.cumsum(nd.array([1, 2]), axis=0, dtype=dtype))
    assert words == (f"Invalid Input: '{dtype}', valid values are: {{None, 'float16', 'float32', 'float64', 'int32', "
                     f"'int64', 'int8'}}, in operator _np_cumsum(name=\"\", dtype=\"{dtype}\", axis=\"0\")")


def test_cumsum_in_an_accepted_type():
    r = nd.cumsum(nd.array([1, 2, 200]), dtype="int8")
    assert r.dtype == np.int8 and r.asnumpy().tolist() == [1, 3, -53]     # 203 wraps to 203 - 256


@pytest.mark.parametrize("op, valid", [
    ("Embedding", "'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'"),
    ("SparseEmbedding", "'float16', 'float32', 'float64', 'int32', 'uint8'"),
])
def test_embedding_dtype_refusal_lists_every_attribute(op, valid):
    fn = nd.Embedding if op == "Embedding" else nd.contrib.SparseEmbedding
    name = "Embedding" if op == "Embedding" else "_contrib_SparseEmbedding"
    words = _words(lambda: fn(nd.ones((2,)), nd.ones((2, 3)), input_dim=2, output_dim=3, dtype="bool"))
    assert words == (f"Invalid Input: 'bool', valid values are: {{{valid}}}, in operator {name}(name=\"\", "
                     "dtype=\"bool\", output_dim=\"3\", input_dim=\"2\")")


@pytest.mark.parametrize("lhs, mhs, rhs, named", [
    ("float32", "float16", "float32", "half"), ("float16", "float64", "float32", "double"),
    ("float16", "float64", "int32", "int"), ("int8", "float32", "float32", "char"),
])
def test_fill_element_0index_checks_rhs_then_mhs_then_lhs(lhs, mhs, rhs, named):
    words = _words(lambda: nd.fill_element_0index(nd.ones((2, 3), dtype=lhs), nd.ones((2,), dtype=mhs),
                                                  nd.ones((2,), dtype=rhs)))
    assert words.endswith(f"Expected: {named} v.s. given float")


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
def test_ravel_multi_index_truncates_each_partial_index(dtype):
    coords = nd.array([[-2.5, -1, 0.5, 2.9], [1, 2.5, 3.75, 1.5], [0.5, 1.5, -0.5, 0.9]], dtype=dtype)
    # ((int(-2.5) * 4 + 1) * 5 + 0.5 -> int(-34.5) = -34; (-1 * 4 + 2.5 -> -1) * 5 + 1.5 -> -3; ...
    assert nd.ravel_multi_index(coords, shape=(3, 4, 5)).asnumpy().tolist() == [-34, -3, 14, 45]


@pytest.mark.parametrize("dtype, flat", [("uint8", [203, 400 - 256]), ("int8", [203 - 256, 400 - 512])])
def test_ravel_multi_index_of_integers_wraps_into_their_type(dtype, flat):
    coords = nd.array([[1, 2], [3, 0]], dtype=dtype)
    assert nd.ravel_multi_index(coords, shape=(3, 200)).asnumpy().tolist() == flat


def test_concat_of_two_types_names_its_check():
    words = _words(lambda: nd.concat(nd.ones((2,)), nd.ones((2,)), nd.ones((2,), dtype="int32"), dim=0))
    assert words == ("Check failed: in_type->at(i) == dtype || in_type->at(i) == -1: Non-uniform data type in Concat, "
                     "expected data type float32, got data type int32 for input 2")


@pytest.mark.parametrize("op", [nd.sort, nd.argsort])
def test_sort_of_float16_fails_in_mxnet_words(op):
    assert _words(lambda: op(nd.ones((2, 3), dtype="float16"))) == "This operation does not support float16"


def test_bool_array_in_place_with_a_number_cannot_become_int64():
    a = nd.array([1, 0], dtype="bool")
    with pytest.raises(MXNetError) as e:
        a += 2
    assert message_of(e.value).splitlines()[0] == "Type inconsistent, Provided = unknown, inferred type = int64"
    assert a.asnumpy().tolist() == [True, False]


@pytest.mark.parametrize("dtype, named", [("float16", "half"), ("int32", "int"), ("bool", "bool")])
def test_softmax_activation_reads_only_float32_in_the_kernels_words(dtype, named):
    first = _words(lambda: nd.SoftmaxActivation(nd.ones((2, 3), dtype=dtype))).splitlines()[0]
    assert first == ("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type "
                     f"do not match specified type.Expected: {named} v.s. given float")


def test_softmax_activation_channel_mode_needs_three_axes():
    first = _words(lambda: nd.SoftmaxActivation(nd.ones((2, 3)), mode="channel")).splitlines()[0]
    assert first == ("Check failed: in_data.ndim() >= 3 (2 vs. 3) : Input need to have a least 3 dimensions when "
                     "mode=channel")


@pytest.mark.parametrize("data", ["float32", "bool", "int32"])
def test_ctc_loss_switches_on_the_label_type_first(data):
    assert _words(lambda: nd.CTCLoss(nd.ones((3, 1, 3), dtype=data), nd.array([[1]], dtype="bool"))) == \
        "Unknown type enum 7"


@pytest.mark.parametrize("call", [
    lambda x: nd.random_pdf_uniform(x, nd.zeros((1,), dtype=x.dtype), nd.ones((1,), dtype=x.dtype)),
    lambda x: nd.random_pdf_normal(x.reshape((1, 1)), nd.zeros((1,), dtype=x.dtype), nd.ones((1,), dtype=x.dtype)),
    lambda x: nd.sample_multinomial(nd.concat(x, x, dim=0)),
    lambda x: nd.random.multinomial(nd.concat(x, x, dim=0), shape=(3,)),
])
@pytest.mark.parametrize("dtype, words", [
    ("bool", "Unknown type enum 7"), ("uint8", "This operation only support floating point types not uint8"),
    ("int64", "This operation only support floating point types, not int64"),
])
def test_density_and_multinomial_kernels_refuse_non_floats_without_naming_the_operator(call, dtype, words):
    assert _words(lambda: call(nd.ones((1,), dtype=dtype))) == words


@pytest.mark.parametrize("index", ["bool"])
@pytest.mark.parametrize("old, new", [("float32", "float32"), ("int32", "float16")])
def test_index_copy_switches_on_the_index_type_before_reading_the_new_rows(old, index, new):
    assert _words(lambda: nd.contrib.index_copy(nd.ones((2, 3), dtype=old), nd.array([1], dtype=index),
                                                 nd.zeros((1, 3), dtype=new))) == "Unknown type enum 7"


@pytest.mark.parametrize("call, words", [
    (lambda: nd.contrib.quantize(nd.ones((2,), dtype="int8"), nd.array([0]), nd.array([1])),
     "Type inconsistent, Provided = int8, inferred type = float32"),
    (lambda: nd.contrib.quantize_v2(nd.ones((2,), dtype="float16"), min_calib_range=0, max_calib_range=1),
     "Check failed: in_attrs->at(0) == mshadow: :kFloat32 || in_attrs->at(0) == mshadow::kUint8 || "
     "in_attrs->at(0) == mshadow::kInt8: "),
    (lambda: nd.contrib.dequantize(nd.ones((2,), dtype="bool"), nd.array([0]), nd.array([1])),
     "Check failed: in_attrs->at(0) == mshadow: :kUint8 || in_attrs->at(0) == mshadow::kInt8: the input data type "
     "of dequantize op must be provided, either uint8 or int8"),
])
def test_quantization_type_checks_read_as_mxnet_shows_them(call, words):
    assert _words(call).splitlines()[0] == words


@pytest.mark.parametrize("length", ["uint8", "int8", "float32", "bool"])
def test_softmax_lengths_must_be_int32_or_int64(length):
    assert _words(lambda: nd.softmax(nd.ones((2, 3)), nd.array([1, 2], dtype=length), use_length=True, axis=-1)) == \
        f"This operation only support integer types, not {length}"


@pytest.mark.parametrize("length", ["int32", "int64"])
def test_softmax_lengths_of_int32_or_int64_mask_the_rest(length):
    r = nd.softmax(nd.zeros((1, 3)), nd.array([2], dtype=length), use_length=True, axis=-1)
    assert r.asnumpy().tolist() == [[0.5, 0.5, 0.0]]


@pytest.mark.parametrize("call, at", [
    (lambda d, w: nd.Convolution(d, w, kernel=(1, 1), num_filter=1, no_bias=True), "weight"),
    (lambda d, w: nd.RNN(d.reshape((1, 1, 1)), nd.ones((4,), dtype=d.dtype), w.reshape((1, 1, 1)), state_size=1,
                         num_layers=1, mode="rnn_tanh"), "state"),
])
@pytest.mark.parametrize("data, weight, flags, names", [
    ("float32", "bool", "(7 vs. 0)", "Expected 'float32' v.s. given 'unknown'"),
    ("bool", "float64", "(1 vs. 7)", "Expected 'unknown' v.s. given 'float64'"),
])
def test_a_layer_of_uniform_type_calls_bool_unknown(call, at, data, weight, flags, names):
    words = _words(lambda: call(nd.ones((1, 1, 1, 1), dtype=data), nd.ones((1, 1, 1, 1), dtype=weight)))
    assert words == (f"Check failed: (*in_type)[i] == dtype {flags} : This layer requires uniform type. {names} at "
                     f"'{at}'")


@pytest.mark.parametrize("data, gamma, names", [("float32", "bool", ("unknown", "float32")),
                                               ("int32", "float16", ("float16", "int32"))])
def test_prelu_gamma_of_another_type_is_refused_by_type_inference(data, gamma, names):
    words = _words(lambda: nd.LeakyReLU(nd.ones((2, 3), dtype=data), nd.ones((3,), dtype=gamma), act_type="prelu"))
    assert words.splitlines()[0] == f"Type inconsistent, Provided = {names[0]}, inferred type = {names[1]}"


@pytest.mark.parametrize("value, text", [(np.complex64(1 + 2j), "(1+2j)"), (np.bool_(True), "True")])
def test_full_of_an_unreadable_value_lists_what_the_fill_operator_was_sent(value, text):
    with pytest.raises(MXNetError) as e:
        nd.full((2,), value, dtype="int8")
    assert message_of(e.value) == (f"Invalid Parameter format for value expect double but value='{text}', in operator "
                            f"_full(name=\"\", dtype=\"int8\", value=\"{text}\", ctx=\"cpu(0)\", shape=\"(2,)\")")


@pytest.mark.parametrize("bound, read", [(2 ** 70, 0.0), (-2 ** 70, -0.0), (2 ** 64 + 3, 3.0)])
def test_an_integer_bound_past_64_bits_wraps_as_the_float_parser_reads_it(bound, read):
    x = nd.array([-2.5, 0.5, 3.75])
    expected = np.minimum(np.maximum(np.array([-2.5, 0.5, 3.75], np.float32), 0), np.float32(read))
    assert nd.clip(x, 0, bound).asnumpy().tolist() == expected.tolist()


@pytest.mark.parametrize("call", [lambda x: nd.clip(x, 0, 1e39), lambda x: x.clip(0, 1e39),
                                  lambda x: nd.clip(x, a_min=0, a_max=1e39)])
def test_an_out_of_range_bound_lists_both_bounds(call):
    with pytest.raises(MXNetError) as e:
        call(nd.ones((2,)))
    assert message_of(e.value) == ("Out of range value for a_max, value='1e+39', in operator clip(name=\"\", a_max=\"1e+39\", "
                            "a_min=\"0\")")


@pytest.mark.parametrize("op", [nd.log_softmax, nd.softmin])
@pytest.mark.parametrize("dtype", ["float32", "int8", "bool"])
def test_use_length_without_a_length_input_fails_the_input_count_check(op, dtype):
    with pytest.raises(MXNetError) as e:
        op(nd.ones((2, 3), dtype=dtype), use_length=True)
    assert message_of(e.value).splitlines()[0] == ("Check failed: in_attrs->size() == softmax_use_length(attrs) ? 2U : 1U "
                                            "(1 vs. 2) : ")

"""An argument the operator's parser refuses is named with the type it expected and the operator's attributes."""
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

np = mx.np


pytestmark = pytest.mark.usefixtures("np_semantics")


@pytest.mark.parametrize("call, text", [
    (lambda x: np.sum(x, axis=1.5),
     "Invalid Parameter format for axis expect Shape or None but value='1.5', in operator _np_sum(name=\"\", "
     "axis=\"1.5\")"),
    (lambda x: np.argmax(x, axis=(0, 1)),
     "Invalid Parameter format for axis expect int or None but value='(0, 1)', in operator _npi_argmax(name=\"\", "
     "keepdims=\"False\", axis=\"(0, 1)\")"),
    (lambda x: np.flip(x, axis='a'),
     "Invalid Parameter format for axis expect Shape(tuple) but value='a', in operator _npi_flip(name=\"\", "
     "axis=\"a\")"),
    (lambda x: np.std(x, ddof=1.5),
     "Invalid Parameter format for ddof expect int but value='1.5', in operator _npi_std(name=\"\", "
     "keepdims=\"False\", ddof=\"1.5\", axis=\"None\")"),
    (lambda x: np.eye(3, k=1.5),
     "Invalid Parameter format for k expect long but value='1.5', in operator _npi_eye(name=\"\", dtype=\"float32\", "
     "ctx=\"cpu(0)\", k=\"1.5\", M=\"None\", N=\"3\")"),
    (lambda x: np.roll(x, shift=1.5),
     "Invalid Parameter format for shift expect Shape or None but value='1.5', in operator _np_roll(name=\"\", "
     "shift=\"1.5\")"),
])
def test_invalid_attribute_names_type_and_operator(call, text):
    with pytest.raises(MXNetError) as e:
        call(np.ones((2, 3)))
    assert message_of(e.value) == text


@pytest.mark.parametrize("call, first, tail", [
    (lambda x: np.sum(x, axis=(0, 1), keepdims=True, bogus=1), "Cannot find argument 'bogus', Possible Arguments:",
     ', in operator _np_sum(name="", keepdims="True", axis="(0, 1)", bogus="1")'),
    (lambda x: np.trace(x, 1, 0, 1, bogus=2), "Cannot find argument 'bogus', Possible Arguments:",
     ', in operator _np_trace(name="", axis2="1", offset="1", axis1="0", bogus="2")'),
    (lambda x: np.max(x, dtype='float64'), "Cannot find argument 'dtype', Possible Arguments:",
     ', in operator _np_max(name="", dtype="float64")'),
    (lambda x: np.moveaxis(x, 0, 1, bogus=1), "Cannot find argument 'bogus', Possible Arguments:",
     ', in operator _np_moveaxis(name="", source="0", destination="1", bogus="1")'),
    (lambda x: np.atleast_2d(x, bogus=1), "Cannot find argument 'bogus', Possible Arguments:",
     ', in operator _np_atleast_2d(name="", num_args="1", bogus="1")'),
])
def test_unknown_keyword_lists_the_operator_parameters(call, first, tail):
    with pytest.raises(MXNetError) as e:
        call(np.ones((2, 3)))
    lines = message_of(e.value).splitlines()
    assert lines[0] == first and lines[1] == "-" * 16 and lines[-1] == tail


def test_listing_names_each_declared_parameter():
    with pytest.raises(MXNetError) as e:
        np.cumsum(np.ones(3), keepdims=True)
    names = [line.split(" : ")[0] for line in message_of(e.value).splitlines()[2:-1] if not line.startswith(" ")]
    assert names == ["axis", "dtype"]


def test_fill_value_text_is_read_as_a_number():
    assert np.full_like(np.zeros((2,), dtype='int32'), '3').tolist() == [3, 3]


def test_zeros_reads_its_type_name_itself():
    for dtype in ("complex64", "float", "i4"):
        with pytest.raises(MXNetError) as e:
            np.zeros((2,), dtype=dtype)
        assert message_of(e.value) == f"unknown type {dtype}"


@pytest.mark.parametrize("call, tail", [
    (lambda: np.ones((2,), dtype='uint16'), ', in operator _npi_ones(name="", dtype="uint16", ctx="cpu(0)", '
                                            'shape="(2,)")'),
    (lambda: np.full((2,), 1, dtype='complex64'), ', in operator _full(name="", dtype="complex64", value="1", '
                                                  'ctx="cpu(0)", shape="(2,)")'),
])
def test_ones_and_full_refuse_a_type_in_the_dtype_parser_words(call, tail):
    with pytest.raises(MXNetError) as e:
        call()
    names = "'bfloat16', 'bool', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'"
    assert message_of(e.value).endswith("valid values are: {" + names + "}" + tail)


def test_shape_and_eye_refusals_name_the_call():
    with pytest.raises(MXNetError) as e:
        np.ones(2.0)
    assert message_of(e.value).endswith(', in operator _npi_ones(name="", dtype="float32", ctx="cpu(0)", shape="2.0")')
    with pytest.raises(MXNetError) as e:
        np.eye(3, dtype=bool)
    assert message_of(e.value).endswith(', in operator _npi_eye(name="", dtype="bool", ctx="cpu(0)", k="0", M="None", '
                                 'N="3")')


def test_empty_shapes_without_np_shape_fail_shape_inference():
    mx.npx.reset_np()
    for call, op, text in (
            (lambda: np.zeros(()), "_npi_zeros", "output shapes:\nNone\noperator attributes:\nctx : cpu(0)\n\n"),
            (lambda: np.ones((0,)), "_npi_ones", "output shapes:\n[-1]\noperator attributes:\ndtype : float32\n"
                                                  "ctx : cpu(0)\nshape : (0,)\n\n"),
            (lambda: np.identity(0), "_npi_identity", "output shapes:\n[-1,-1]\noperator attributes:\ndtype : "
                                                       "float32\nctx : cpu(0)\nshape : (0, 0)\n\n")):
        with pytest.raises(MXNetError) as e:
            call()
        assert message_of(e.value) == f"Operator {op} inferring shapes failed.\ninput shapes:\n{text}"


@pytest.mark.parametrize("name", ["abs", "fabs", "absolute", "bitwise_not", "invert", "round", "round_", "around"])
def test_aliases_carry_their_own_names(name):
    assert getattr(np, name).__name__ == name


@pytest.mark.parametrize("name, op", [("abs", "abs"), ("fabs", "fabs"), ("bitwise_not", "bitwise_not")])
def test_ufunc_keywords_name_the_alias_called(name, op):
    with pytest.raises(NotImplementedError) as e:
        getattr(np, name)(np.ones((2,), dtype='int32'), dtype='float64')
    assert message_of(e.value) == f"dtype=float64 is not implemented yet for operator {op}"


def test_round_refuses_an_unknown_keyword_listing_decimals():
    with pytest.raises(MXNetError) as e:
        np.round(np.ones((2,)), where=True)
    lines = message_of(e.value).splitlines()
    assert lines[0] == "Cannot find argument 'where', Possible Arguments:"
    assert lines[2] == "decimals : int, optional, default='0'"
    assert lines[-1] == ', in operator _npi_around(name="", decimals="0", where="True")'


@pytest.mark.parametrize("name", ["invert", "bitwise_not"])
def test_float_invert_into_out_fails_when_out_is_read(name):
    o = np.zeros((2, 3))
    assert getattr(np, name)(np.ones((2, 3)), out=o) is o
    with pytest.raises(MXNetError) as e:
        o.asnumpy()
    assert message_of(e.value) == "This operation only support integer types, not float32"

"""mx.np.ndarray methods read their attribute arguments from text, as MXNet's operator parser does, and refuse one
it cannot read naming every attribute the method passed to its operator."""
import pytest

from distnet import np
from distnet.base import MXNetError, message_of

pytestmark = pytest.mark.usefixtures("np_semantics")


def _a():
    return np.array([[0., 1., 2.], [3., 4., 5.]])


@pytest.mark.parametrize("call, expected", [
    (lambda a: a.sum(axis="1"), [3., 12.]),
    (lambda a: a.max(axis="(0,)"), [3., 4., 5.]),
    (lambda a: a.mean(keepdims="1").shape, (1, 1)),
    (lambda a: a.argmax(axis="0"), [1, 1, 1]),
    (lambda a: a.cumsum(axis="1"), [[0., 1., 3.], [3., 7., 12.]]),
    (lambda a: a.repeat("2", axis="0").shape, (4, 3)),
    (lambda a: a.take(np.array([1]), axis=None), [1.]),
    (lambda a: a.swapaxes("0", "1").shape, (3, 2)),
])
def test_attribute_text_is_read(call, expected):
    res = call(_a())
    assert (res if isinstance(res, tuple) else res.tolist()) == expected


@pytest.mark.parametrize("call, words", [
    (lambda a: a.sum(axis=1.5), "Invalid Parameter format for axis expect Shape or None but value='1.5', in operator "
                                '_np_sum(name="", keepdims="False", axis="1.5")'),
    (lambda a: a.sum(keepdims=None, dtype="float64"), "Invalid Parameter format for keepdims expect boolean but "
     "value='None', in operator _np_sum(name=\"\", dtype=\"float64\", keepdims=\"None\", axis=\"None\")"),
    (lambda a: a.std(ddof=1.5), "Invalid Parameter format for ddof expect int but value='1.5', in operator "
                                '_npi_std(name="", keepdims="False", ddof="1.5", axis="None")'),
    (lambda a: a.argmin(axis=(0,)), "Invalid Parameter format for axis expect int or None but value='(0,)', in "
                                    'operator _npi_argmin(name="", keepdims="False", axis="(0,)")'),
    (lambda a: a.cumsum(axis="a", dtype="float64"), "Invalid Parameter format for axis expect int or None but "
     "value='a', in operator _np_cumsum(name=\"\", dtype=\"float64\", axis=\"a\")"),
    (lambda a: a.argsort(axis=True), "Invalid Parameter format for axis expect int or None but value='True', in "
                                     'operator argsort(name="", dtype="int64", is_ascend="True", axis="True")'),
    (lambda a: a.take(np.array([0]), axis=1.5), "Invalid Parameter format for axis expect int but value='1.5', in "
                                                'operator take(name="", mode="raise", axis="1.5")'),
    (lambda a: a.swapaxes(0, None), "Invalid Parameter format for dim2 expect int but value='None', in operator "
                                    'SwapAxis(name="", dim2="None", dim1="0")'),
    (lambda a: a.round([0]), "Invalid Parameter format for decimals expect int but value='[0]', in operator "
                             '_npi_around(name="", decimals="[0]")'),
])
def test_unreadable_attribute_names_the_methods_operator_call(call, words):
    with pytest.raises(MXNetError) as e:
        call(_a())
    assert message_of(e.value) == words


def test_a_call_python_refuses_fails_so_first():
    with pytest.raises(TypeError, match="unexpected keyword argument 'foo'"):
        _a().sum(axis=1.5, foo=1)


@pytest.mark.parametrize("axes, text", [((1.5,), "(1.5,)"), ((1, "a"), "(1, 'a')"), ((1, [0]), "(1, [0])"),
                                        ((True,), "(True,)"), (([0, "a"],), "[0, 'a']")])
def test_transpose_refuses_axes_that_are_not_integers(axes, text):
    with pytest.raises(MXNetError) as e:
        _a().transpose(*axes)
    assert message_of(e.value) == (f"Invalid Parameter format for axes expect Shape(tuple) but value='{text}', in operator "
                            f'_np_transpose(name="", axes="{text}")')


def test_transpose_takes_axes_given_apart_or_together():
    assert _a().transpose(1, 0).shape == _a().transpose((1, 0)).shape == _a().transpose(None).shape == (3, 2)


_ALL = "{None, 'bool', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8'}"
_NUMBERS = "{None, 'float16', 'float32', 'float64', 'int32', 'int64', 'int8'}"


@pytest.mark.parametrize("call, words", [
    (lambda a: a.sum(dtype="uint8"), f"Invalid Input: 'uint8', valid values are: {_ALL}, in operator "
                                     '_np_sum(name="", dtype="uint8", keepdims="False", axis="None")'),
    (lambda a: a.mean(axis=0, dtype="a"), f"Invalid Input: 'bytes', valid values are: {_ALL}, in operator "
                                          '_npi_mean(name="", dtype="bytes", keepdims="False", axis="0")'),
    (lambda a: a.std(dtype="bool"), f"Invalid Input: 'bool', valid values are: {_NUMBERS}, in operator "
                                    '_npi_std(name="", keepdims="False", dtype="bool", ddof="0", axis="None")'),
    (lambda a: a.cumsum(dtype=object), f"Invalid Input: 'object', valid values are: {_NUMBERS}, in operator "
                                       '_np_cumsum(name="", dtype="object", axis="None")'),
    (lambda a: np.cumsum(a, dtype="U"), f"Invalid Input: 'str', valid values are: {_NUMBERS}, in operator "
                                        '_np_cumsum(name="", dtype="str")'),
    (lambda a: np.var(a, dtype="int16"), f"Invalid Input: 'int16', valid values are: {_NUMBERS}, in operator "
                                         '_npi_var(name="", keepdims="False", dtype="int16", ddof="0", axis="None")'),
])
def test_an_output_type_mxnet_lacks_is_refused_by_its_parser(call, words):
    with pytest.raises(MXNetError) as e:
        call(_a())
    assert message_of(e.value) == words


def test_round_hands_unknown_keywords_to_its_operator():
    with pytest.raises(MXNetError) as e:
        _a().round(1, foo=1, bar=2)
    assert message_of(e.value).startswith("Cannot find argument 'bar', Possible Arguments:")
    assert message_of(e.value).endswith(', in operator _npi_around(name="", decimals="1", bar="2", foo="1")')
    assert _a().round(name="x").tolist() == [[0., 1., 2.], [3., 4., 5.]]

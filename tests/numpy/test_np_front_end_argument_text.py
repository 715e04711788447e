"""mx.np functions whose front end reads arguments as text: einsum's subscripts, arange's bounds (stop and step
before start, a step tested for zero first), ediff1d's scalar ends, all refused in MXNet's words."""
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

np = mx.np


pytestmark = pytest.mark.usefixtures("np_semantics")


def test_einsum_without_subscript_text():
    a = np.ones((2, 2))
    with pytest.raises(MXNetError) as e:
        np.einsum(2.5)
    assert message_of(e.value) == ('value 0 for Parameter num_args should be greater equal to 1\nnum_args: Number of input '
                            'arrays., in operator _npi_einsum(name="", num_args="0", optimize="0", subscripts="2.5")')
    with pytest.raises(MXNetError) as e:
        np.einsum(a, a)
    assert message_of(e.value) == "Check failed: einsum_symbols_set.test(c): Character [ is not a valid symbol."


def test_arange_reads_stop_and_step_before_start():
    a = np.ones((2, 2))
    with pytest.raises(MXNetError, match=r"Invalid Parameter format for stop expect double or None"):
        np.arange(a, a)
    with pytest.raises(MXNetError, match=r"Invalid Parameter format for start expect double but"):
        np.arange(a, 2)
    with pytest.raises(MXNetError) as e:
        np.arange(float('inf'))
    assert message_of(e.value) == "Invalid Parameter format for stop expect double or None but value='inf'"
    with pytest.raises(ValueError, match="truth value"):
        np.arange(1, 5, a)
    with pytest.raises(ZeroDivisionError):
        np.arange(1, 5, 0)


def test_ediff1d_scalar_ends_name_the_call():
    a = np.ones((2, 2))
    with pytest.raises(MXNetError) as e:
        np.ediff1d(a, to_end=[1], to_begin=[2])
    assert message_of(e.value) == ("Invalid Parameter format for to_end_scalar expect double or None but value='[1]', in "
                            'operator _npi_ediff1d(name="", to_end_scalar="[1]", to_begin_scalar="[2]", '
                            'to_end_arr_given="False", to_begin_arr_given="False")')
    with pytest.raises(MXNetError) as e:
        np.ediff1d(a, to_end=np.ones(2, dtype='int32'))
    assert message_of(e.value) == "Type inconsistent, Provided = float32, inferred type = int32"


@pytest.mark.parametrize("subscripts, shapes, text", [
    ("ij,jk->ik", [(2, 3)], "Check failed: std: :count(ret[0].begin(), ret[0].end(), ',') + 1 == shapes.size() "
                            "(2 vs. 1) : Number of einsum subscripts must be equal to the number of operands."),
    ("ij->k", [(2, 3, 4)], "Check failed: input_subscripts_set.test(c): Output character k did not appear in the "
                           "input"),     # (before the term's length)
    ("ij->ij->", [(2, 3)], "Check failed: !invalid && _count_substring(subscripts, \"->\") == 1: Subscripts can only "
                           "contain one '->'."),
    # a letter's size as first seen, then the operand's own size
    ("ij,jk,kl->il", [(2, 3), (3, 4), (5, 2)], "Check failed: dim == 1 || dim == dimension_dict[static_cast<int>(c)]: "
                                               "Size of label 'k' for operand  2 (4) does not match previous terms (5)."),
    ("ii", [(2, 3)], "Check failed: dim == 1 || dim == dimension_dict[static_cast<int>(c)]: Size of label 'i' for "
                     "operand  0 (2) does not match previous terms (3)."),
])
def test_einsum_subscript_checks(subscripts, shapes, text):
    with pytest.raises(MXNetError) as e:
        np.einsum(subscripts, *[np.ones(s) for s in shapes])
    assert message_of(e.value) == text


def test_einsum_sizes_of_one_broadcast():
    assert np.einsum("ij,jk->ik", np.ones((2, 1)), np.ones((4, 4))).asnumpy().tolist() == [[4.0] * 4] * 2


def test_einsum_checks_subscripts_before_types():
    with pytest.raises(MXNetError, match="Output character z"):
        np.einsum("ij->z", np.ones((2, 2)))
    with pytest.raises(MXNetError, match="at 1-th input: expected float32, got unknown"):
        np.einsum("ij,jk->ik", np.ones((2, 2)), np.ones((2, 2), dtype=bool))

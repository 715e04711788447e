"""The Sequence* ops check rank and time axis, and split_v2's Python wrapper checks its arguments, as MXNet's."""
import numpy as np
import pytest

from distnet import autograd, nd
from distnet.base import MXNetError


@pytest.mark.parametrize("op", [nd.SequenceMask, nd.SequenceLast, nd.SequenceReverse])
def test_sequence_ops_need_rank_two_whether_or_not_lengths_are_used(op):
    with pytest.raises(MXNetError, match="The data array must be of rank 2 or greater"):
        op(nd.ones((3,)))


@pytest.mark.parametrize("op, axis, words", [
    (nd.SequenceMask, -1, "expects axis to be 0 or 1"), (nd.SequenceLast, 2, "expects axis to be 0 or 1"),
    (nd.SequenceReverse, 1, r"param_.axis == 0 \(1 vs. 0\) : Current implementation expects axis to be 0."),
])
def test_sequence_ops_take_only_their_time_axes(op, axis, words):
    with pytest.raises(MXNetError, match=words):
        op(nd.ones((3, 2)), axis=axis)


@pytest.mark.parametrize("kwargs, error, words", [
    (dict(indices_or_sections=2, axis=-3), IndexError, "^tuple index out of range$"),
    (dict(indices_or_sections=(1,), axis=2), IndexError, "^tuple index out of range$"),
    (dict(indices_or_sections=0), ZeroDivisionError, "^integer modulo by zero$"),
    (dict(indices_or_sections=3), ValueError, "^array split does not result in an equal division$"),
    (dict(indices_or_sections=[1]), ValueError, "^indices_or_sections must either int or tuple of ints$"),
    (dict(indices_or_sections=[1], axis=5), IndexError, "^tuple index out of range$"),
])
def test_split_v2_checks_its_arguments_in_mxnets_python_order(kwargs, error, words):
    with pytest.raises(error, match=words):
        nd.split_v2(nd.ones((4, 2)), **kwargs)


def test_gather_nd_past_an_axis_is_an_index_error_by_name_in_its_gradient():
    x = nd.ones((2, 3))
    x.attach_grad()
    with autograd.record():
        y = nd.gather_nd(x, nd.array([[5], [0]], dtype="int32"))
    with pytest.raises(IndexError) as e:
        y.backward()
    assert type(e.value).__name__ == "IndexError"
    assert np.isfinite(x.asnumpy()).all()

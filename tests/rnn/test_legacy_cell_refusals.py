"""mx.rnn (and gluon.rnn) cells refuse misuse with MXNet's exception types and words."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import message_of

MODIFIED = "After applying modifier cells (e.g. {}) the base cell cannot be called directly. Call the modifier cell instead."


def test_params_given_to_stack_and_child_are_refused():
    stack = mx.rnn.SequentialRNNCell(params=mx.rnn.RNNParams("p_"))
    with pytest.raises(AssertionError, match=r"^Either specify params for SequentialRNNCell or child cells, not both\.$"):
        stack.add(mx.rnn.RNNCell(3, params=mx.rnn.RNNParams("q_")))
    with pytest.raises(AssertionError, match=r"^Either specify params for BidirectionalCell or child cells, not both\.$"):
        mx.rnn.BidirectionalCell(mx.rnn.RNNCell(3, params=mx.rnn.RNNParams("x")), mx.rnn.RNNCell(3),
                                 params=mx.rnn.RNNParams("y"))


@pytest.mark.parametrize("make, example", [
    (lambda: mx.rnn.RNNCell(3), "DropoutCell"),
    (lambda: (lambda s: (s.add(mx.rnn.RNNCell(3)), s)[1])(mx.rnn.SequentialRNNCell()), "ZoneoutCell"),
    (lambda: mx.rnn.BidirectionalCell(mx.rnn.RNNCell(3, prefix="l_"), mx.rnn.RNNCell(3, prefix="r_")), "DropoutCell"),
    (lambda: mx.rnn.ZoneoutCell(mx.rnn.RNNCell(3)), "DropoutCell"),
])
def test_a_wrapped_cell_refuses_begin_state(make, example):
    cell = make()
    mx.rnn.ResidualCell(cell)
    with pytest.raises(AssertionError) as info:
        cell.begin_state()
    assert message_of(info.value) == MODIFIED.format(example)


def test_dropout_cell_takes_numpy_scalars_and_refuses_other_values():
    assert mx.rnn.DropoutCell(np.float32(0.5)).dropout == 0.5
    for bad in ("x", None):
        with pytest.raises(AssertionError, match=r"^dropout probability must be a number$"):
            mx.rnn.DropoutCell(bad)


def test_zoneout_over_a_stack_reads_its_missing_bidirectional_flag():
    with pytest.raises(AttributeError, match=r"^'SequentialRNNCell' object has no attribute '_bidirectional'$"):
        mx.rnn.ZoneoutCell(mx.rnn.SequentialRNNCell())


def test_stepping_a_stack_holding_a_bidirectional_cell_is_a_bare_assertion():
    stack = mx.rnn.FusedRNNCell(3, bidirectional=True).unfuse()
    with pytest.raises(AssertionError) as info:
        stack(mx.sym.var("x"), stack.begin_state())
    assert message_of(info.value) == ""


def test_fused_cell_refuses_a_layout_without_time_first_or_second():
    with pytest.raises(AssertionError, match=r"^Unsupported layout CNT$"):
        mx.rnn.FusedRNNCell(3).unroll(2, mx.sym.var("x"), layout="CNT")


def test_bucket_iterator_without_a_filled_bucket_fails_taking_the_largest():
    with pytest.raises(ValueError) as info:
        mx.rnn.BucketSentenceIter([[1, 2], [3]], 20)
    with pytest.raises(ValueError) as expected:
        max([])
    assert message_of(info.value) == message_of(expected.value)


def test_gluon_stack_holding_a_bidirectional_cell_refuses_a_step_with_a_bare_assertion():
    stack = mx.gluon.rnn.SequentialRNNCell()
    stack.add(mx.gluon.rnn.BidirectionalCell(mx.gluon.rnn.RNNCell(2), mx.gluon.rnn.RNNCell(2)))
    stack.initialize()
    with pytest.raises(AssertionError) as info:
        stack(mx.nd.ones((2, 3)), stack.begin_state(batch_size=2))
    assert message_of(info.value) == ""


def test_begin_state_given_a_name_is_refused_by_the_creator_named_as_mxnet_names_it():
    with pytest.raises(TypeError, match=r"^distnet\.symbol\.symbol\.zeros\(\) got multiple values for keyword "
                                        r"argument 'name'$"):
        mx.rnn.RNNCell(3).begin_state(func=mx.sym.zeros, name="h")

"""npx functions whose input count follows a flag refuse a mismatch as MXNet's numpy front end does."""
import pytest

import distnet as mx
from distnet import np, npx
from distnet.base import MXNetError


@pytest.fixture(autouse=True)
def _np_mode():
    npx.set_np()
    yield
    npx.reset_np()


def test_sequence_mask_length_without_flag_is_refused():
    with pytest.raises(MXNetError, match=r"Operator SequenceMask expects 1 inputs, but got 2 instead"):
        npx.sequence_mask(np.ones((2, 3)), np.array([1, 2]), axis=1)
    with pytest.raises(MXNetError, match=r"\(1 vs. 2\) : Operator SequenceMask expects 2 inputs, but got 1"):
        npx.sequence_mask(np.ones((2, 3)), None, True, axis=1)
    assert npx.sequence_mask(np.ones((2, 3)), np.array([1, 2]), True, axis=1).tolist() == [[1, 0, 0], [1, 1, 0]]


def test_legacy_sequence_mask_refuses_the_extra_length():
    with pytest.raises(MXNetError, match=r"Operator SequenceMask expects 1 inputs, but got 2 instead"):
        mx.nd.SequenceMask(mx.nd.ones((2, 3)), mx.nd.array([1, 2]), axis=1)      # as MXNet 1.9.1's check


def test_rnn_counts_the_cell_state_only_for_lstm():
    params = np.ones((2 * (2 + 2 + 2),))
    with pytest.raises(MXNetError, match=r"Operator RNN expects 3 inputs, but got 4 instead"):
        npx.rnn(np.ones((2, 1, 2)), params, np.zeros((1, 1, 2)), np.array([1]), state_size=2, num_layers=1,
                mode="rnn_tanh")
    out = npx.rnn(np.ones((2, 1, 2)), params, np.zeros((1, 1, 2)), state_size=2, num_layers=1, mode="rnn_tanh")
    assert out.shape == (2, 1, 2)

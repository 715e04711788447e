"""Gluon recurrent cells keep the hidden size they are given in their parameter shapes and reprs."""
import pytest

import distnet as mx

rnn = mx.gluon.rnn


def test_rnn_cell_uses_its_hidden_size_as_given():
    cell = rnn.RNNCell(None)                    # one gate: no product, so no TypeError
    assert repr(cell) == "RNNCell(None -> None, tanh)"
    assert cell.h2h_weight.shape == (None, None) and cell.state_info(2) == [{"shape": (2, None), "__layout__": "NC"}]
    assert repr(rnn.RNNCell(True)) == "RNNCell(None -> True, tanh)"


def test_gated_cells_multiply_the_hidden_size_by_their_gates():
    assert rnn.LSTMCell(3).i2h_weight.shape == (12, 0) and rnn.GRUCell(3).i2h_weight.shape == (9, 0)
    with pytest.raises(TypeError, match="unsupported operand"):
        rnn.LSTMCell(None)

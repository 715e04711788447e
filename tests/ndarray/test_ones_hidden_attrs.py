"""nd.ones takes MXNet's hidden __attr__ keywords (an RNN cell's begin_state(func=nd.ones) passes
__layout__) but still refuses unknown arguments."""
import pytest

from distnet import nd
from distnet.base import MXNetError
from distnet.gluon import rnn


def test_begin_state_with_nd_ones():
    cell = rnn.LSTMCell(2)
    cell.initialize()
    assert [s.shape for s in cell.begin_state(batch_size=3, func=nd.ones)] == [(3, 2), (3, 2)]
    assert nd.ones((2,), __layout__="NC").asnumpy().tolist() == [1.0, 1.0]


def test_unknown_arguments_are_still_refused():
    with pytest.raises(MXNetError):
        nd.ones((2,), foo=1)

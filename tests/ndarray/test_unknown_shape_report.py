"""nd.zeros/nd.ones of an unknown (zero) or negative size report the operator's shapes and attributes as MXNet."""
import pytest

import distnet as mx
from distnet import gluon, nd
from distnet.base import MXNetError, message_of


def test_report_lists_output_shape_and_attributes():
    with pytest.raises(MXNetError) as info:
        nd.zeros((2, 0), ctx=mx.cpu(1), dtype="float64", __layout__="NC", name="state")
    assert message_of(info.value) == ("Operator _zeros inferring shapes failed.\ninput shapes:\noutput shapes:\n[2,-1]\n"
                               "operator attributes:\ndtype : float64\nctx : cpu(1)\nshape : (2, 0)\n"
                               "__layout__ : NC\n\n")
    with pytest.raises(MXNetError, match=r"(?s)Operator _ones inferring shapes failed\.\n.*\nNone\n"):
        nd.ones(())


def test_recurrent_begin_state_of_no_batch_fails_in_zeros():
    with pytest.raises(MXNetError, match=r"(?s)output shapes:\n\[2,-1,3\]\n.*__layout__ : LNC"):
        gluon.rnn.LSTM(3, num_layers=2).begin_state()
    assert [s.shape for s in gluon.rnn.LSTM(3, num_layers=2).begin_state(4)] == [(2, 4, 3), (2, 4, 3)]

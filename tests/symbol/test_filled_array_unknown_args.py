"""zeros/ones/full refuse parameters their MXNet operators do not have (mx.rnn's begin_state(func=sym.zeros,
batch_size=...) fails in MXNet 1.9.1 this way) and keep ``__attr__`` keywords as attributes."""
import pytest

import distnet as mx
from distnet.base import MXNetError


@pytest.mark.parametrize("make", [
    lambda: mx.sym.zeros((2, 2), batch_size=1),
    lambda: mx.sym.ones((2,), foo=3),
    lambda: mx.sym.full((2,), 3, foo=1),
    lambda: mx.nd.zeros((2,), foo=1),
    lambda: mx.rnn.GRUCell(2, prefix='g_').begin_state(func=mx.sym.zeros, batch_size=1),
])
def test_unknown_parameter_is_refused(make):
    with pytest.raises(MXNetError, match="Cannot find argument"):
        make()


def test_hidden_attributes_are_kept():
    with mx.name.NameManager():
        z = mx.sym.zeros((0, 2), __layout__='NC', __x__='1')
    assert z.list_attr() == {'dtype': 'float32', 'shape': '(0, 2)', '__x__': '1', '__layout__': 'NC'}
    assert [s.name for s in mx.rnn.GRUCell(2, prefix='g_').begin_state(func=mx.sym.zeros)] == ['g_begin_state_0']
    assert mx.nd.zeros((2,), name='z', __layout__='N').shape == (2,)

"""An operator called with out= returns out= as given: a one-element list or tuple stays one."""
import pytest

from distnet import nd


@pytest.mark.parametrize("kind", [list, tuple])
@pytest.mark.parametrize("call", [lambda x, o: nd.relu(x, out=o), lambda x, o: nd.sgd_update(x, x, lr=0.5, out=o)])
def test_a_one_element_out_sequence_is_returned_itself(kind, call):
    x = nd.array([1.0, -2.0])
    target = kind([nd.zeros(2)])
    result = call(x, target)
    assert result is target
    assert result[0].asnumpy().tolist() in ([1.0, 0.0], [0.5, -1.0])


def test_an_out_array_is_returned_itself():
    target = nd.zeros(2)
    assert nd.relu(nd.array([1.0, -2.0]), out=target) is target

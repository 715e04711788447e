"""npx.log_softmax takes no length input (MXNet's operator has none): its second positional argument is the axis."""
import pytest

from distnet import np, npx
from distnet.base import MXNetError


@pytest.fixture(autouse=True)
def _np_semantics():
    npx.set_np()
    yield
    npx.reset_np()


def test_the_second_positional_argument_is_the_axis():
    x = np.array([[1., 2.], [0., 1.]])
    by_position, by_name = npx.log_softmax(x, 0), npx.log_softmax(x, axis=0)
    assert by_position.asnumpy().tolist() == by_name.asnumpy().tolist()
    assert by_position.asnumpy()[0, 0] == pytest.approx(-0.3132617, abs=1e-6)      # 1 - log(e + 1)


def test_a_length_is_refused_as_mxnet_refuses_it():
    x, length = np.array([[1., 2.], [0., 1.]]), np.array([1, 2], dtype="int32")
    with pytest.raises(MXNetError, match="Cannot find argument 'length'"):
        npx.log_softmax(x, length=length, use_length=True)
    with pytest.raises(MXNetError, match="Invalid Parameter format for axis expect int"):
        npx.log_softmax(x, length, use_length=True)

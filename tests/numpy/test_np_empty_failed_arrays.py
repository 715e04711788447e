"""An empty array whose kernel fails: asnumpy copies nothing and waits for nothing; wait_to_read raises."""
import pytest

from distnet import np
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


def test_asnumpy_of_an_empty_failed_array_leaves_the_error_pending():
    r = np.invert(np.zeros((0, 3)))
    assert r.asnumpy().shape == (0, 3)
    with pytest.raises(MXNetError, match="only support integer types"):
        r.wait_to_read()


def test_asnumpy_of_a_failed_array_with_elements_raises():
    with pytest.raises(MXNetError, match="only support integer types"):
        np.invert(np.zeros((2,))).asnumpy()

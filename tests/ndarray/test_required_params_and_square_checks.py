"""Cast needs its dtype and linalg_extractdiag square matrices, as MXNet 1.9.1 checks."""
import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError


def test_cast_without_dtype_is_refused():
    with pytest.raises(MXNetError):
        nd.Cast(nd.ones(3))
    with pytest.raises(MXNetError):
        nd.cast(nd.ones(3))
    assert nd.cast(nd.ones(3), dtype="int32").dtype == np.int32


def test_extractdiag_needs_square_matrices():
    with pytest.raises(MXNetError):
        nd.linalg_extractdiag(nd.ones((2, 3, 4)))
    np.testing.assert_array_equal(nd.linalg_extractdiag(nd.ones((2, 3, 3)), offset=1).asnumpy(), np.ones((2, 2)))

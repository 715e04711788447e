"""add_n (ElementWiseSum) refuses inputs of two dtypes with MXNet's type-inference MXNetError."""
import pytest

from distnet import nd
from distnet.base import MXNetError


@pytest.mark.parametrize("dtypes, where", [(("float32", "float64"), "1-th input: expected float32, got float64"),
                                           (("float32", "float32", "int32"), "2-th input: expected float32, got int32"),
                                           (("float16", "float32"), "1-th input: expected float16, got float32")])
def test_mixed_dtypes_are_refused(dtypes, where):
    with pytest.raises(MXNetError, match="Incompatible attr in node  at " + where):
        nd.add_n(*(nd.ones(2, dtype=d) for d in dtypes))
    with pytest.raises(MXNetError, match="Incompatible attr"):
        nd.ElementWiseSum(*(nd.ones(2, dtype=d) for d in dtypes))


def test_one_dtype_adds():
    assert nd.add_n(nd.ones(2), nd.ones(2), nd.ones(2)).asnumpy().tolist() == [3, 3]

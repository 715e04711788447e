"""Integer attributes beyond their C type (int32, uint32, int64, uint64) are refused as MXNet's parser refuses them."""
import pytest

from distnet import nd, sym
from distnet.base import MXNetError


@pytest.mark.parametrize("axis", [2 ** 31, -2 ** 31 - 1, "2147483648"])
def test_int32_attribute_beyond_its_range_is_refused_in_nd_and_sym(axis):
    with pytest.raises(MXNetError, match="Invalid Parameter format for axis expect int but value="):
        nd.softmax(nd.ones((2, 3)), axis=axis)
    with pytest.raises(MXNetError, match="Invalid Parameter format for axis expect int but value="):
        sym.softmax(sym.var("x"), axis=axis)


def test_int32_attribute_at_its_limits_is_accepted():
    assert sym.softmax(sym.var("x"), axis=2 ** 31 - 1).list_arguments() == ["x"]
    assert sym.softmax(sym.var("x"), axis=-2 ** 31).list_arguments() == ["x"]


def test_unsigned_and_long_attributes_have_their_own_limits():
    sym.Convolution(sym.var("x"), kernel=(1,), num_filter=2 ** 32 - 1)
    with pytest.raises(MXNetError, match="expect int \\(non-negative\\) but value='4294967296'"):
        sym.Convolution(sym.var("x"), kernel=(1,), num_filter=2 ** 32)
    sym.Convolution(sym.var("x"), kernel=(1,), num_filter=1, workspace=2 ** 63)
    with pytest.raises(MXNetError, match="expect long \\(non-negative\\) but value='18446744073709551616'"):
        sym.Convolution(sym.var("x"), kernel=(1,), num_filter=1, workspace=2 ** 64)


def test_huge_depth_is_refused_before_any_allocation():
    with pytest.raises(MXNetError, match="Invalid Parameter format for depth expect int"):
        nd.one_hot(nd.array([0, 1]), depth=2 ** 40)

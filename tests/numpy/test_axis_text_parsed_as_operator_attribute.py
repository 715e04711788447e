"""Axis-like arguments MXNet hands to its operators as text: '1', '(1, 0)' and 'None' read, True and 1.5 refused."""
import pytest

import distnet as mx
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


def _x():
    return mx.np.ones((2, 3))


@pytest.mark.parametrize("call, shape", [
    (lambda: mx.np.sum(_x(), axis="(0,1)"), ()), (lambda: mx.np.sum(_x(), axis="[0, 1]"), ()),
    (lambda: mx.np.sum(_x(), axis=" 1"), (2,)), (lambda: mx.np.sum(_x(), axis="None"), ()),
    (lambda: mx.np.argmax(_x(), axis="None"), ()), (lambda: mx.np.take(_x(), _x(), axis="1"), (2, 2, 3)),
    (lambda: mx.np.diag(_x(), k="1"), (2,)), (lambda: mx.np.sort(_x(), axis="-1"), (2, 3)),
    (lambda: mx.np.stack([_x(), _x()], axis="1"), (2, 2, 3)), (lambda: mx.np.cumsum(_x(), axis="1"), (2, 3)),
    (lambda: mx.np.transpose(_x(), axes="(1,0)"), (3, 2)), (lambda: mx.np.reshape(_x(), "(3,2)"), (3, 2)),
    (lambda: mx.np.flip(_x(), axis="(0,)"), (2, 3)), (lambda: mx.np.average(_x(), axis="1"), (2,)),
    (lambda: mx.np.unique(_x(), axis="1"), (2, 1)), (lambda: mx.np.mean(_x(), axis="1"), (2,)),
])
def test_attribute_text_is_read(call, shape):
    assert call().shape == shape


@pytest.mark.parametrize("call", [
    lambda: mx.np.sum(_x(), axis="1.0"), lambda: mx.np.sum(_x(), axis="+1"), lambda: mx.np.sum(_x(), axis=(True,)),
    lambda: mx.np.sum(_x(), axis=True), lambda: mx.np.argmax(_x(), axis="(1,)"), lambda: mx.np.diag(_x(), k=True),
    lambda: mx.np.sort(_x(), axis=True), lambda: mx.np.mean(_x(), axis=True), lambda: mx.np.take(_x(), _x(), axis=1.5),
    lambda: mx.np.stack([_x(), _x()], axis=True), lambda: mx.np.squeeze(_x(), axis="1"),
])
def test_unparsable_attribute_is_mxnet_error(call):
    with pytest.raises(MXNetError):
        call()


@pytest.mark.parametrize("call, shape", [
    (lambda: mx.np.diagonal(_x(), offset="1"), (2,)), (lambda: mx.np.trace(_x(), axis2="1"), ()),
    (lambda: mx.np.rot90(_x(), k="1"), (3, 2)), (lambda: mx.np.tril(_x(), k="1"), (2, 3)),
    (lambda: mx.np.var(_x(), ddof="1"), ()), (lambda: mx.np.random.normal(0, 1, size="3"), (3,)),
    (lambda: mx.np.random.uniform(0, 1, size="(2, 3)"), (2, 3)), (lambda: mx.np.random.randint(0, 3, size="3"), (3,)),
    (lambda: mx.np.unique(_x(), return_counts="1")[1], (1,)),
])
def test_more_attribute_text_is_read(call, shape):
    assert call().shape == shape


@pytest.mark.parametrize("call", [
    lambda: mx.np.diagonal(_x(), offset=True), lambda: mx.np.trace(_x(), axis2=True),
    lambda: mx.np.tril(_x(), k=True), lambda: mx.np.random.normal(0, 1, size=True),
    lambda: mx.np.random.choice(3, size=True), lambda: mx.np.unique(_x(), return_index=7),
    lambda: mx.np.nan_to_num(_x(), copy=None), lambda: mx.np.nan_to_num(_x(), copy=1.5),
])
def test_more_unparsable_attributes_are_mxnet_error(call):
    with pytest.raises(MXNetError):
        call()


@pytest.mark.parametrize("call, shape", [
    (lambda: mx.np.linspace(0, 1, num="3"), (3,)), (lambda: mx.np.logspace(0, 1, num="3"), (3,)),
    (lambda: mx.np.repeat(_x(), 2, axis="1"), (2, 6)), (lambda: mx.np.roll(_x(), 1, axis="1"), (2, 3)),
    (lambda: mx.np.percentile(_x(), 50, axis="1"), (2,)), (lambda: mx.np.linspace(0, 1, 3, endpoint="0"), (3,)),
    (lambda: mx.npx.reshape(_x(), (3, 2), reverse="1"), (3, 2)),
])
def test_creation_and_shaping_attribute_text_is_read(call, shape):
    assert call().shape == shape


@pytest.mark.parametrize("call", [
    lambda: mx.np.linspace(0, 1, num=True), lambda: mx.np.linspace(0, 1, endpoint=7),
    lambda: mx.np.roll(_x(), 1, axis=True), lambda: mx.np.percentile(_x(), 50, keepdims=None),
    lambda: mx.np.repeat(_x(), 1, axis="abc"), lambda: mx.np.repeat(_x(), 1, bogus_kw=1),
    lambda: mx.npx.reshape(_x(), (3, 2), reverse=7),
])
def test_creation_and_shaping_unparsable_attributes_are_mxnet_error(call):
    with pytest.raises(MXNetError):
        call()


@pytest.mark.parametrize("call, shape", [
    (lambda: mx.np.diff(_x(), axis="0"), (1, 3)), (lambda: mx.np.delete(_x(), mx.np.array([0]), axis="1"), (2, 2)),
    (lambda: mx.np.eye(2, k="1"), (2, 2)),
])
def test_split_family_attribute_text_is_read(call, shape):
    assert call().shape == shape


@pytest.mark.parametrize("call", [
    lambda: mx.np.diff(_x(), axis=None), lambda: mx.np.diff(_x(), axis=1.5), lambda: mx.np.array_split(_x(), 1, axis=True),
    lambda: mx.np.delete(_x(), mx.np.array([0]), axis="abc"), lambda: mx.np.reshape(_x(), (3, 2), bogus_kw=1),
])
def test_split_family_unparsable_attributes_are_mxnet_error(call):
    with pytest.raises(MXNetError):
        call()


def test_transpose_reads_an_int_axes_as_a_one_tuple():
    assert mx.np.transpose(mx.np.ones((3,)), axes=0).shape == (3,)
    assert mx.np.transpose(mx.np.ones((3,)), axes="0").shape == (3,)
    with pytest.raises(MXNetError):
        mx.np.transpose(_x(), axes=1)
    with pytest.raises(MXNetError):
        mx.np.transpose(_x(), axes=7)

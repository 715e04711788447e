"""copyto into an array: MXNet's legacy shape inference (0-d and 0 sizes unknown), then its copy's own check;
sparse arrays' astype, copyto and truth as MXNet's."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError, message_of


def _make(shape, value):
    return nd.array([value]).reshape(()) if shape == () else nd.array(np.full(shape, value))


@pytest.mark.parametrize("src, dst, words", [
    ((2, 0), (2, 2), "operands shape mismatch from.shape = [2,0] to.shape=[2,2]"),
    ((), (1,), "operands shape mismatch from.shape = [] to.shape=[1]"),
    ((2, 0), (2, 0, 1), "expected [2,-1], got [2,-1,1]"),
    ((2, 3), (3, 2), "expected [2,3], got [3,2]"),
    ((0, 3), (2, 0), "0-th output has invalid shape. Expecting [2,3] got [2,0] in operator _copyto"),
    ((1,), (), "0-th output has invalid shape. Expecting [1] got [] in operator _copyto"),
])
def test_copy_into_an_array_checks_shapes_as_mxnet(src, dst, words):
    with pytest.raises(MXNetError) as info:
        _make(src, 4.).copyto(_make(dst, 3.))
    assert words in message_of(info.value)


@pytest.mark.parametrize("src, dst", [((0, 0), (0, 0)), ((), ())])
def test_copy_between_unknown_shapes_fails_shape_inference(src, dst):
    with pytest.raises(MXNetError, match="Operator _copyto inferring shapes failed"):
        _make(src, 4.).copyto(_make(dst, 3.))


def test_copy_into_an_equal_shape_writes_the_target():
    target = nd.zeros((2, 3))
    assert nd.ones((2, 3)).copyto(target) is target
    np.testing.assert_array_equal(target.asnumpy(), np.ones((2, 3)))


def test_a_0d_array_copied_into_itself_warns_and_returns_false():
    scalar = _make((), 5.)
    with pytest.warns(RuntimeWarning):
        assert scalar.copyto(scalar) is False


@pytest.mark.parametrize("target", [None, "cpu(0)", np.zeros(2)])
def test_copyto_names_the_refused_class(target):
    with pytest.raises(TypeError, match=f"copyto does not support type {type(target)}"):
        nd.ones(2).copyto(target)


def test_a_0d_astype_fails_in_the_copy_operator():
    with pytest.raises(MXNetError, match="Operator _copyto inferring shapes failed"):
        _make((), 5.).astype("int32")


@pytest.mark.parametrize("stype", ["csr", "row_sparse"])
def test_sparse_astype_none_is_float32_and_bool_reads_the_shape(stype):
    a = nd.array([[0, 1], [2, 0]]).tostype(stype)
    assert a.astype(None).dtype == np.float32 and a.astype(None).stype == stype
    for truth in (bool, lambda x: x.__nonzero__()):
        with pytest.raises(ValueError, match="multiple elements is ambiguous"):
            truth(a)
    with pytest.raises(NotImplementedError):
        a.asscalar()
    with pytest.raises(MXNetError, match="expected \\[2,2\\], got \\[7\\]"):
        a.copyto(nd.zeros((7,)))
    with pytest.raises(MXNetError, match="GPU is not enabled"):
        a.copyto(mx.gpu(0))
    with pytest.raises(ValueError, match="cannot convert ndarray of stype <class 'str'>"):
        a.as_np_ndarray()


def test_truth_of_dense_arrays():
    assert bool(nd.array([2.])) is True and bool(nd.array(np.zeros((2, 0)))) is False
    with pytest.raises(ValueError):
        bool(nd.ones(2))

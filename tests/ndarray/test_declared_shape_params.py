"""Shape parameters MXNet declares with a number of dimensions or nonzero entries, refused in nd and at symbol
creation; enumerations and unknown parameters of the legacy operators."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

X = mx.nd.arange(32).reshape((1, 2, 4, 4))
ROIS = mx.nd.array([[0, 0, 0, 3, 3]])


@pytest.mark.parametrize("kwargs, message", [
    (dict(kernel=(0, 2)), "value [0,2]for Parameter kernel is invalid, the input shape must be nonzero in all "
                          "dimensions"),
    (dict(kernel=(2, 0), global_pool=True), "value [2,0]for Parameter kernel is invalid"),
    (dict(kernel=0), "value [0]for Parameter kernel is invalid"),
    (dict(kernel="(2,0)"), "value [2,0]for Parameter kernel is invalid"),
    (dict(kernel=(2, 2), stride=(1, 0)), "value [1,0]for Parameter stride is invalid"),
])
def test_pooling_refuses_zero_windows_without_naming_itself(kwargs, message):
    for make in (lambda: mx.nd.Pooling(X, **kwargs), lambda: mx.sym.Pooling(mx.sym.var("x"), **kwargs)):
        with pytest.raises(MXNetError) as info:
            make()
        assert message_of(info.value).startswith(message)
        assert "in operator" not in message_of(info.value)      # Pooling's parser does not name the operator


def test_pooling_v1_names_itself_and_its_attributes():
    with pytest.raises(MXNetError, match=r'value \[0,2\]for Parameter kernel is invalid, the input shape must be '
                                         r'nonzero in all dimensions, in operator Pooling_v1\(name="", '
                                         r'kernel="\(0, 2\)"\)'):
        mx.sym.Pooling_v1(mx.sym.var("x"), kernel=(0, 2))


@pytest.mark.parametrize("op", ["ROIPooling", "contrib.ROIAlign", "contrib.RROIAlign"])
@pytest.mark.parametrize("pooled, problem", [
    ((0, 2), "is invalid, the input shape must be nonzero in all dimensions"),
    ((1, 2, 2), "has wrong dimensions, expected dimension=2"),
    (0, "has wrong dimensions, expected dimension=2"),
])
def test_roi_operators_check_pooled_size_at_creation(op, pooled, problem):
    group, _, name = op.rpartition(".")
    make = getattr(getattr(mx.sym, group) if group else mx.sym, name)
    with pytest.raises(MXNetError) as info:
        make(mx.sym.var("x"), mx.sym.var("r"), pooled_size=pooled, spatial_scale=1.0)
    shown = "[" + ",".join(map(str, pooled if isinstance(pooled, tuple) else (pooled,))) + "]"
    assert message_of(info.value).startswith(f"value {shown}for Parameter pooled_size {problem}, in operator ")


def test_roi_pooling_refuses_a_negative_size_as_an_unknown_dimension():
    with pytest.raises(MXNetError, match="Shape dim size cannot be a negative value -1"):
        mx.nd.ROIPooling(X, ROIS, pooled_size=(-1, 2), spatial_scale=1.0)
    out = mx.nd.ROIPooling(X, ROIS, pooled_size=(2, 1), spatial_scale=1.0)
    assert out.asnumpy().ravel().tolist() == [7.0, 15.0, 23.0, 31.0]


@pytest.mark.parametrize("op", ["softmax", "log_softmax", "softmin"])
def test_softmax_family_refuses_a_non_float_dtype_at_creation(op):
    with pytest.raises(MXNetError, match=r"Invalid Input: 'int32', valid values are: \{None, 'float16', 'float32', "
                                         rf"'float64'\}}, in operator {op}\(name=\"\", dtype=\"int32\"\)"):
        getattr(mx.sym, op)(mx.sym.var("x"), dtype="int32")
    assert getattr(mx.sym, op)(mx.sym.var("x"), dtype="float16").list_attr() == {"dtype": "float16"}


@pytest.mark.parametrize("make", [
    lambda: mx.nd.im2col(X, kernel=(2, 2), layout="NCHW"),
    lambda: mx.sym.im2col(mx.sym.var("x"), kernel=(2, 2), layout="NCHW"),
    lambda: mx.nd.col2im(mx.nd.ones((1, 8, 9)), output_size=(4, 4), kernel=(2, 2), layout="NCHW"),
    lambda: mx.sym.col2im(mx.sym.var("x"), output_size=(4, 4), kernel=(2, 2), layout="NCHW"),
])
def test_im2col_and_col2im_take_no_layout(make):
    with pytest.raises(MXNetError, match="Cannot find argument 'layout'"):
        make()


@pytest.mark.parametrize("call, message, named", [
    (lambda: mx.nd.Activation(X, act_type="bogus"), "Invalid Input: 'bogus', valid values are: {'relu', 'sigmoid', "
                                                    "'softrelu', 'softsign', 'tanh'}, in operator Activation(", True),
    (lambda: mx.nd.Pooling(X, kernel=(2, 2), pool_type="bogus"), "Invalid Input: 'bogus', valid values are: "
                                                                 "{'avg', 'lp', 'max', 'sum'}", False),
    (lambda: mx.nd.Pooling_v1(X, kernel=(2, 2), pool_type="lp"),
     "Invalid Input: 'lp', valid values are: {'avg', 'max', 'sum'}, in operator Pooling_v1(", True),
    (lambda: mx.nd.Dropout(X, mode="bogus"), "Invalid Input: 'bogus', valid values are: {'always', 'training'}", True),
    (lambda: mx.nd.topk(X, ret_typ="bogus"), "Invalid Input: 'bogus', valid values are: {'both', 'indices', ", True),
])
def test_nd_calls_check_enumerations_as_symbol_creation_does(call, message, named):
    with pytest.raises(MXNetError) as info:
        call()
    assert message_of(info.value).startswith(message)
    assert ("in operator" in message_of(info.value)) == named       # Pooling's parser names no operator


def test_softmax_takes_a_numpy_type_as_its_dtype():
    assert mx.nd.softmax(mx.nd.ones((2, 2)), dtype=np.float16).dtype == np.float16


@pytest.mark.parametrize("op, kwargs, message", [
    ("Pooling", dict(kernel=(1, 1, 1, 1)), "Unexpected input data dim 6"),
    ("Pooling", dict(kernel=(1, 1, 1, 1), global_pool=True), "Unexpected input data dim 6"),
    ("Pooling", dict(), r"Check failed: param.kernel.ndim\(\) == 3U \(0 vs. 3\) : 0D pooling not supported"),
    ("Pooling_v1", dict(kernel=(1, 1, 1, 1, 1)), r"Check failed: param_.kernel.ndim\(\) == 3U \(5 vs. 3\) : 5D "
                                                 "pooling not supported"),
    ("Pooling_v1", dict(), r"Check failed: param_.kernel.ndim\(\) == 3U \(0 vs. 3\) : 0D pooling not supported"),
])
def test_pooling_parsers_check_the_kernel_rank(op, kwargs, message):
    with pytest.raises(MXNetError, match=f"{message}"):
        getattr(mx.sym, op)(mx.sym.var("x"), **kwargs)
    with pytest.raises(MXNetError, match=f"{message}"):
        getattr(mx.nd, op)(mx.nd.ones((1, 1, 2, 2, 2, 2)) if "dim 6" in message else X, **kwargs)


def test_global_pooling_v1_takes_any_kernel():
    assert mx.sym.Pooling_v1(mx.sym.var("x"), kernel=(1, 1, 1, 1), global_pool=True).name.startswith("pooling_v1")
    assert mx.nd.Pooling(X, global_pool=True).shape == (1, 2, 1, 1)


def test_required_parameters_name_their_types():
    with pytest.raises(MXNetError, match=r"Required parameter spatial_scale of float is not presented"):
        mx.nd.ROIPooling(X, ROIS, pooled_size=(1, 1))
    with pytest.raises(MXNetError, match=r"Required parameter output_size of Shape\(tuple\) is not presented"):
        mx.nd.col2im(mx.nd.ones((1, 8, 9)), kernel=(2, 2))

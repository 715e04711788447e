"""Conv/pool constructors reject bad layouts and tuple lengths with MXNet 1.9.1's error classes and messages."""
import pytest

import distnet as mx

nn = mx.gluon.nn


@pytest.mark.parametrize("cls, layout, message", [
    (nn.Conv1D, "NCHW", "Only supports 'NCW' layout for now"),
    (nn.Conv2D, "NCW", "Only supports 'NCHW' and 'NHWC' layout for now"),
    (nn.Conv3DTranspose, "NCW", "Only supports 'NCDHW' and 'NDHWC' layout for now"),
])
def test_conv_layout_assertion_messages(cls, layout, message):
    with pytest.raises(AssertionError) as err:
        cls(3, 3, layout=layout)
    assert str(err.value) == message


def test_pool_layout_and_size_assertions():
    with pytest.raises(AssertionError) as err:
        nn.MaxPool3D(layout="NCW")
    assert str(err.value) == "Only NCDHW and NDHWC layouts are valid for 3D Pooling"
    with pytest.raises(AssertionError) as err:
        nn.MaxPool2D((2, 2, 2))
    assert str(err.value) == "pool_size must be a number or a list of 2 ints"
    with pytest.raises(AssertionError) as err:
        nn.Conv2D(3, (3, 3, 3))
    assert str(err.value) == "kernel_size must be a number or a list of 2 ints"


@pytest.mark.parametrize("key, label, field", [("strides", "Stride", "stride"), ("padding", "Padding", "pad"),
                                               ("dilation", "Dilate", "dilate")])
def test_conv_tuple_length_fails_at_construction_as_mxnets_operator_check(key, label, field):
    for cls in (nn.Conv2D, nn.Conv2DTranspose):
        with pytest.raises(mx.base.MXNetError) as err:
            cls(3, 3, **{key: (1, 1, 1)})
        assert str(err.value) == (f"Check failed: param_.kernel.ndim() == param_.{field}.ndim() (2 vs. 3) : {label} "
                                  f"must have the same number of dimensions with kernel_size,but kernel_size is set "
                                  f"to [3,3] while {label.lower()} is [1,1,1]")


def test_pool_tuple_lengths_are_not_checked_at_construction():
    pool = nn.MaxPool2D(2, strides=(1, 1, 1))
    assert repr(pool) == ("MaxPool2D(size=(2, 2), stride=(1, 1, 1), padding=(0, 0), ceil_mode=False, "
                          "global_pool=False, pool_type=max, layout=NCHW)")

"""Conv/pool constructors reject bad layouts and tuple lengths with MXNet 1.9.1's error classes and messages."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import message_of

nn = mx.gluon.nn


@pytest.mark.parametrize("cls, layout, message", [
    (nn.Conv1D, "NCHW", "Only supports 'NCW' layout for now"),
    (nn.Conv2D, "NCW", "Only supports 'NCHW' and 'NHWC' layout for now"),
    (nn.Conv3DTranspose, "NCW", "Only supports 'NCDHW' and 'NDHWC' layout for now"),
])
def test_conv_layout_assertion_messages(cls, layout, message):
    with pytest.raises(AssertionError) as err:
        cls(3, 3, layout=layout)
    assert message_of(err.value) == message


def test_pool_layout_and_size_assertions():
    with pytest.raises(AssertionError) as err:
        nn.MaxPool3D(layout="NCW")
    assert message_of(err.value) == "Only NCDHW and NDHWC layouts are valid for 3D Pooling"
    with pytest.raises(AssertionError) as err:
        nn.MaxPool2D((2, 2, 2))
    assert message_of(err.value) == "pool_size must be a number or a list of 2 ints"
    with pytest.raises(AssertionError) as err:
        nn.Conv2D(3, (3, 3, 3))
    assert message_of(err.value) == "kernel_size must be a number or a list of 2 ints"


@pytest.mark.parametrize("key, label, field", [("strides", "Stride", "stride"), ("padding", "Padding", "pad"),
                                               ("dilation", "Dilate", "dilate")])
def test_conv_tuple_length_fails_at_construction_as_mxnets_operator_check(key, label, field):
    for cls in (nn.Conv2D, nn.Conv2DTranspose):
        with pytest.raises(mx.base.MXNetError) as err:
            cls(3, 3, **{key: (1, 1, 1)})
        assert message_of(err.value) == (f"Check failed: param_.kernel.ndim() == param_.{field}.ndim() (2 vs. 3) : {label} "
                                  f"must have the same number of dimensions with kernel_size,but kernel_size is set "
                                  f"to [3,3] while {label.lower()} is [1,1,1]")


def test_pool_tuple_lengths_are_not_checked_at_construction():
    pool = nn.MaxPool2D(2, strides=(1, 1, 1))
    assert repr(pool) == ("MaxPool2D(size=(2, 2), stride=(1, 1, 1), padding=(0, 0), ceil_mode=False, "
                          "global_pool=False, pool_type=max, layout=NCHW)")


def test_conv_and_pool_sizes_given_as_text_or_other_objects_reach_the_operator_as_given():
    # the operator reads each size from its text: '2' is (2,), an empty tuple its default, a numpy array no shape
    x = mx.nd.ones((1, 2, 5, 5))
    conv = nn.Conv2D(2, 3, strides="(2, 2)")
    conv.initialize()
    assert conv(x).shape == (1, 2, 2, 2)             # (5 - 3) // 2 + 1
    conv = nn.Conv2D(2, 3, strides=(), padding=(), dilation=())
    assert repr(conv) == "Conv2D(None -> 2, kernel_size=(3, 3), stride=(), padding=(), dilation=())"
    conv.initialize()
    assert conv(x).shape == (1, 2, 3, 3)             # stride 1, no padding
    with pytest.raises(mx.base.MXNetError, match=r"Invalid Parameter format for stride expect Shape\(tuple\) but "
                                                 r"value='x', in operator Convolution\("):
        nn.Conv2D(2, 3, strides="x")
    with pytest.raises(mx.base.MXNetError, match=r"Invalid Parameter format for pad expect Shape\(tuple\) but "
                                                 r"value='\[2 2\]'"):
        nn.Conv2D(2, 3, padding=np.array([2, 2]))
    with pytest.raises(mx.base.MXNetError, match=r"Invalid Parameter format for adj expect Shape\(tuple\) but "
                                                 r"value='ab'$"):
        nn.Conv2DTranspose(2, 3, output_padding="ab")       # two characters pass the layer's length check
    pool = nn.MaxPool2D(strides="x")
    assert "stride=x," in repr(pool)
    with pytest.raises(mx.base.MXNetError, match="value='x'"):
        pool(x)


def test_transposed_conv_output_padding_of_another_length_fails_at_construction():
    with pytest.raises(mx.base.MXNetError) as err:
        nn.Conv2DTranspose(2, 3, strides=3, output_padding="11")     # the text of one size, 11
    assert message_of(err.value) == ("Check failed: param_.kernel.ndim() == param_.adj.ndim() (2 vs. 1) : Adjustment must "
                              "have the same number of dimensions with kernel_size,but kernel_size is set to [3,3] "
                              "while adjustment is [11]")


@pytest.mark.parametrize("make, message", [
    (lambda: nn.Conv2D(), "Conv2D.__init__() missing 2 required positional arguments: 'channels' and 'kernel_size'"),
    (lambda: nn.Conv1DTranspose(*range(14)), "Conv1DTranspose.__init__() takes from 3 to 14 positional arguments "
                                             "but 15 were given"),
    (lambda: nn.MaxPool2D(*range(6)), "MaxPool2D.__init__() takes from 1 to 6 positional arguments but 7 were given"),
    (lambda: nn.AvgPool1D(2, pool_size=2), "AvgPool1D.__init__() got multiple values for argument 'pool_size'"),
    (lambda: nn.GlobalMaxPool3D(1, 2), "GlobalMaxPool3D.__init__() takes from 1 to 2 positional arguments "
                                       "but 3 were given"),
    (lambda: nn.BatchNorm(1, axis=1), "BatchNorm.__init__() got multiple values for argument 'axis'"),
    (lambda: nn.BatchNormReLU(*range(12)), "BatchNormReLU.__init__() takes from 1 to 12 positional arguments "
                                           "but 13 were given"),
])
def test_a_wrong_constructor_call_names_the_layer_class(make, message):
    """Python's own argument errors, which name the class's own __init__ (each of MXNet's layers has one)."""
    with pytest.raises(TypeError) as err:
        make()
    assert message_of(err.value) == message


def test_layer_constructors_keep_their_per_class_defaults():
    import inspect
    assert inspect.signature(nn.Conv3D).parameters["strides"].default == (1, 1, 1)
    assert inspect.signature(nn.Conv1D).parameters["layout"].default == "NCW"
    assert inspect.signature(nn.MaxPool2D).parameters["pool_size"].default == (2, 2)
    assert nn.Conv2D(2, 3, layout="NHWC")._kwargs["layout"] == "NHWC"


def test_a_sequential_container_method_names_its_class():
    for cls in (nn.Sequential, nn.HybridSequential):
        with pytest.raises(TypeError) as err:
            cls().add(block=nn.Dense(2))
        assert message_of(err.value) == f"{cls.__name__}.add() got an unexpected keyword argument 'block'"
    with pytest.raises(TypeError) as err:
        mx.gluon.contrib.nn.HybridConcurrent().add(block=None)
    assert message_of(err.value) == "HybridSequential.add() got an unexpected keyword argument 'block'"


@pytest.mark.parametrize("make, message", [
    (lambda: nn.Conv1D(2, (1, 2), layout="X"), "Only supports 'NCW' layout for now"),
    (lambda: nn.Conv2DTranspose(2, 3, output_padding=(1, 2, 3), layout="X"), "Only supports 'NCHW' and 'NHWC'"),
    (lambda: nn.Conv3DTranspose(2, (1, 2), output_padding=(1, 2)), "kernel_size must be a number or a list of 3"),
    (lambda: nn.AvgPool2D((1, 2, 3), layout="X"), "Only NCHW and NHWC layouts are valid for 2D Pooling"),
    (lambda: nn.MaxPool1D(None, layout=None), "Only NCW and NWC layouts are valid for 1D Pooling")])
def test_layout_is_checked_before_any_size(make, message):
    with pytest.raises(AssertionError, match=message):
        make()


@pytest.mark.parametrize("cls", [nn.Conv2D, nn.Conv2DTranspose])
def test_lengths_and_a_zero_channel_count_are_checked_before_in_channels(cls):
    with pytest.raises(mx.base.MXNetError, match=r"param_.stride.ndim\(\) \(2 vs. -1\)"):
        cls(4, 3, strides=None, in_channels=None)
    with pytest.raises(mx.base.MXNetError, match="value 0 for Parameter num_filter should be greater equal to 1"):
        cls(0, 3, in_channels=-5)
    with pytest.raises(mx.base.MXNetError, match=r"dim_size >= -1 \(-5 vs. -1\)"):
        cls(-3, 3, in_channels=-5)                      # a negative count is a size check, after in_channels

"""CTCLoss counts its inputs by its flags and checks the data, label and lengths shapes in MXNet's order and
words, imperatively and in shape inference (where a mismatch is no longer hidden by a type failure)."""
import pytest

from distnet import nd, sym
from distnet.base import MXNetError, message_of


def _ctc(data, label, *lengths, **flags):
    return nd.CTCLoss(nd.zeros(data), nd.ones(label), *[nd.ones(s) for s in lengths], **flags)


@pytest.mark.parametrize("shapes, flags, words", [
    (((2, 3), (2, 3)), {}, "dshape.ndim() == 3U (2 vs. 3) : The number of dimensions of data array must be 3."),
    (((3, 2, 4), (2,)), {}, "lshape.ndim() == 2U (1 vs. 2) : The number of dimensions of labels array must be 2."),
    (((3, 2, 4), (3, 2)), {}, "dshape[1] == lshape[0] (2 vs. 3) : The batch size for the labels and data arrays"),
    (((3, 2, 4), (2, 4)), {}, "dshape[0] >= lshape[1] (3 vs. 4) : The max number of labels cannot exceed"),
    (((3, 2, 4), (2, 3), (2, 1)), {"use_data_lengths": True}, "dlshape.ndim() == 1U (2 vs. 1) : Data length array"),
    (((3, 2, 4), (2, 3), (3,)), {"use_data_lengths": True},
     "dlshape[0] == dshape[1] (3 vs. 2) : The batch size for the data and data lengths must be the same."),
    (((3, 2, 4), (2, 3), (3,)), {"use_label_lengths": True},
     "llshape[0] == lshape[0] (3 vs. 2) : The batch size for the labels and label lengths must be the same."),
    (((3, 2, 4), (2, 3), (2,), (2, 1)), {"use_data_lengths": True, "use_label_lengths": True},
     "llshape.ndim() == 1U (2 vs. 1) : Label length array must be a vector."),
    (((3, 2, 4), (2, 3), (2,)), {}, "(3 vs. 2) : Operator CTCLoss expects 2 inputs, but got 3 instead."),
    (((3, 2, 4), (2, 3)), {"use_label_lengths": True}, "(2 vs. 3) : Operator CTCLoss expects 3 inputs, but got 2"),
])
def test_shape_and_count_checks_in_mxnet_words(shapes, flags, words):
    with pytest.raises(MXNetError) as info:
        _ctc(*shapes, **flags)
    assert words in message_of(info.value)


def test_a_lone_length_input_is_label_lengths_with_use_label_lengths_alone():
    out = _ctc((3, 2, 4), (2, 3), (2,), use_label_lengths=True).asnumpy()
    assert out.shape == (2,)
    assert out[0] == out[1]          # same lengths, same labels, same cost
    with pytest.raises(MXNetError, match="llshape"):
        _ctc((3, 2, 4), (2, 3), (3,), use_label_lengths=True)


def test_shape_inference_checks_the_lengths():
    d, l, n = sym.var("d"), sym.var("l"), sym.var("n")
    out = sym.CTCLoss(d, l, n, use_data_lengths=True)
    assert out.infer_shape(d=(3, 2, 4), l=(2, 3), n=(2,))[1] == [(2,)]
    for bad in ((3,), (2, 1)):
        with pytest.raises(MXNetError, match="Data length array|data lengths must be the same"):
            out.infer_shape(d=(3, 2, 4), l=(2, 3), n=bad)
    with pytest.raises(MXNetError):          # the lengths variable the flag adds has no shape
        sym.CTCLoss(d, l, use_data_lengths=True).infer_shape(d=(3, 2, 4), l=(2, 3))


@pytest.mark.parametrize("data, label, data_lengths, label_lengths, expected, given", [
    ("float16", "float32", None, None, "half", "float"),
    ("float64", "float64", None, None, "double", "float"),
    ("int32", "float32", None, None, "int", "float"),
    ("uint8", "float32", None, None, "unsigned char", "float"),
    ("int64", "float32", None, None, "long long", "float"),
    ("float64", "float64", ("float64", 9), None, "double", "float"),
    ("float32", "float32", ("int32", 9), None, "int", "float"),        # data_lengths read as the data's type
    ("float32", "float64", ("float32", 4), ("float32", 1), "float", "double"),  # label_lengths as the label's
])
def test_the_kernel_reads_each_input_in_its_type_and_fails_in_mxnet_words(data, label, data_lengths, label_lengths,
                                                                           expected, given):
    """The float32 kernel refuses other activations, and lengths of another type than their sequences, when its
    result is read, before any length value is looked at (9 data steps of 4 here)."""
    lengths = [nd.array([spec[1]] * 2, dtype=spec[0]) for spec in (data_lengths, label_lengths) if spec]
    out = nd.CTCLoss(nd.zeros((4, 2, 3), dtype=data), nd.zeros((2, 2), dtype=label), *lengths,
                     use_data_lengths=data_lengths is not None, use_label_lengths=label_lengths is not None)
    with pytest.raises(MXNetError) as info:
        out.asnumpy()
    assert message_of(info.value).splitlines()[0] == (
        "Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do not match "
        f"specified type.Expected: {expected} v.s. given {given}")


@pytest.mark.parametrize("flags, given, words", [
    ({"use_data_lengths": True}, {}, "dlshape.ndim() == 1U (-1 vs. 1) : Data length array must be a vector."),
    ({"use_label_lengths": True}, {}, "llshape.ndim() == 1U (-1 vs. 1) : Label length array must be a vector."),
    ({"use_data_lengths": True, "use_label_lengths": True}, {"data_lengths": (2,)},
     "llshape.ndim() == 1U (-1 vs. 1) : Label length array must be a vector."),
])
def test_shape_inference_reads_the_rank_of_lengths_left_unknown(flags, given, words):
    names = [n for n, f in (("data_lengths", "use_data_lengths"), ("label_lengths", "use_label_lengths")) if flags.get(f)]
    loss = sym.CTCLoss(sym.var("data"), sym.var("label"), **{n: sym.var(n) for n in names}, **flags)
    with pytest.raises(MXNetError) as info:
        loss.infer_shape(data=(5, 2, 4), label=(2, 2), **given)
    assert message_of(info.value).endswith("Check failed: " + words)


def test_the_backward_of_a_float64_loss_carries_the_forward_type_failure():
    from distnet import autograd
    x = nd.zeros((2, 1, 3), dtype="float64")
    x.attach_grad()
    with autograd.record():
        y = nd.CTCLoss(x, nd.array([[0, -1]], dtype="float64"), nd.array([2], dtype="float64"),
                       nd.array([2], dtype="float64"), use_data_lengths=True, use_label_lengths=True,
                       blank_label="last")
    y.backward()
    with pytest.raises(MXNetError, match="Expected: double v.s. given float"):
        x.grad.asnumpy()

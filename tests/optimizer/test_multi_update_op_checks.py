"""The multi-weight update operators check as MXNet's do: preloaded lrs/wds counts, then each weight's shapes and
out= shapes, then types (one dtype over every input for multi_sgd, per weight for the others); the multi AdamW
ops count their rates and need out=."""
import pytest

from distnet import nd
from distnet.base import MXNetError, message_of


def _first_line(call):
    with pytest.raises(MXNetError) as info:
        call()
    return message_of(info.value).splitlines()[0]


def ones(shape, dtype="float32"):
    return nd.ones(shape, dtype=dtype)


ASSIGN = "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {}: expected {}, got {}"


def test_preloaded_counts_its_rates_before_any_shape():
    assert _first_line(lambda: nd.preloaded_multi_sgd_update(ones((2,)), ones((3,)), ones((2,)), ones((1,)),
                                                             num_weights=1, out=[ones((2,))])) == (
        "Check failed: in_attrs->at(param.num_weights * input_stride).Size() == param.num_weights (2 vs. 1) : Number "
        "of learning rates is inconsistent with num_weights parameter passed. Expected number of learning rates: 1, "
        "and got 2")
    assert "Number of weight decays is inconsistent" in _first_line(lambda: nd.preloaded_multi_sgd_update(
        ones((2,)), ones((2,)), ones((1,)), ones((2,)), num_weights=1, out=[ones((2,))]))


def test_shapes_are_checked_before_types_and_out_shapes_per_weight():
    assert _first_line(lambda: nd.multi_sgd_update(ones((2,)), ones((3,), "float64"), lrs=(0.1,), wds=(0,),
                                                   num_weights=1, out=[ones((2,))])) == \
        ASSIGN.format("1-th input", "[2]", "[3]")
    # the second weight's out= array is named as output 0 of its own group
    assert _first_line(lambda: nd.multi_sgd_update(ones((2,)), ones((2,)), ones((3,)), ones((3,)), lrs=(0.1, 0.1),
                                                   wds=(0, 0), num_weights=2, out=[ones((2,)), ones((2,))])) == \
        ASSIGN.format("0-th output", "[3]", "[2]")
    assert _first_line(lambda: nd.sgd_update(ones((2,)), ones((2,)), lr=0.1, out=ones((3,), "float64"))) == \
        ASSIGN.format("0-th output", "[2]", "[3]")


def test_multi_sgd_takes_one_dtype_over_all_inputs_preloaded_one_per_weight():
    assert _first_line(lambda: nd.multi_sgd_update(ones((2,)), ones((2,)), ones((2,), "float64"),
                                                   ones((2,), "float64"), lrs=(0.1, 0.1), wds=(0, 0), num_weights=2,
                                                   out=[ones((2,)), ones((2,), "float64")])) == \
        ASSIGN.format("2-th input", "float32", "float64")
    a = [ones((2,)) for _ in range(6)]
    a[5] = ones((2,), "float64")
    assert _first_line(lambda: nd.preloaded_multi_sgd_mom_update(*a, ones((2,)), ones((2,)), num_weights=2,
                                                                 out=a[::3])) == \
        ASSIGN.format("2-th input", "float32", "float64")


def test_multi_adamw_counts_its_rates_and_needs_out():
    w = [ones((2,)), ones((2,))]
    assert _first_line(lambda: nd.contrib.multi_adamw_update(w, w, w, w, 1.0, lrs=[0.1, 0.1], wds=[0.0, 0.0],
                                                             etas=[1.0, 1.0])) == \
        "Check failed: ndim_is_known(ndim()): shape must have a valid ndim"
    assert _first_line(lambda: nd.contrib.multi_adamw_update(w, w, w, w, 1.0, lrs=[0.1], wds=[0.0, 0.0],
                                                             etas=[1.0, 1.0], out=w)).startswith(
        "Check failed: param.lrs.ndim() == param.num_weights (1 vs. 2) : Number of learning rates is inconsistent")


def test_a_tuple_attribute_of_text_is_shown_as_str_of_the_tuple():
    # MXNet's front end sends str(('a',)): the text items quoted
    w = ones((2,))
    message = _first_line(lambda: nd.multi_sgd_update(w, w, lrs=("a",), wds=(0.0,), num_weights=1, out=[w]))
    assert message.startswith("Invalid Parameter format for lrs expect tuple of <float> but value='('a',)'")

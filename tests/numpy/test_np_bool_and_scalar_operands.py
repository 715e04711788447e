"""mx.np routines given boolean operands, boolean bounds or plain numbers, as MXNet 1.9.1 treats them."""
import numpy as onp
import pytest

from distnet import np
from distnet.base import MXNetError, message_of

pytestmark = pytest.mark.usefixtures("np_semantics")


def _raises(message, fn, *args, **kwargs):
    with pytest.raises(MXNetError) as info:
        fn(*args, **kwargs)
    assert message_of(info.value) == message


def test_type_inference_names_bool_unknown_before_the_kernel_runs():
    flags = np.array([[1, 0, 2], [3, 1, 0]], dtype="bool")
    _raises("Type inconsistent, Provided = float32, inferred type = unknown",
            np.average, flags, axis=1, weights=np.array([1., 2., 3.]))
    _raises("Type inconsistent, Provided = unknown, inferred type = int8",
            np.average, flags.astype("int8"), axis=1, weights=np.array([1, 0, 1], dtype="bool"))
    _raises("Type inconsistent, Provided = unknown, inferred type = int8",
            np.ediff1d, flags, to_begin=np.array([5], dtype="int8"))
    _raises("Type inconsistent, Provided = int32, inferred type = unknown",
            np.ediff1d, flags.astype("int32"), to_begin=np.array([5], dtype="bool"))


def test_bincount_has_no_bool_kernel_but_checks_shapes_first():
    _raises("Unknown type enum 7", np.bincount, np.array([0, 1, 1], dtype="bool"))
    _raises("Unknown type enum 7", np.bincount, np.array([0, 1, 1], dtype="int32"),
            weights=np.array([1, 0, 1], dtype="bool"))
    _raises("Check failed: data.shape() == weights.shape() ([2] vs. [3]) : weights should has same size as input",
            np.bincount, np.ones(2, dtype="bool"), weights=np.ones(3))
    _raises("Check failed: !common: :is_float(data.dtype()): Input data should be int type",
            np.bincount, np.ones(2), weights=np.ones(2, dtype="bool"))


def test_insert_of_bool_values_into_other_arrays_has_no_kernel():
    inserted = np.insert(np.ones((2, 3)), 1, np.array([1, 1, 1], dtype="bool"), axis=0)    # (its kernel refuses)
    assert inserted.shape == (3, 3)
    _raises("Unknown type enum 7", inserted.asnumpy)
    # np.array of Python bools is float32 under set_np, so that one inserts
    assert np.insert(np.zeros(2), 1, np.array([True])).asnumpy().tolist() == [0.0, 1.0, 0.0]


def test_boolean_bounds_and_fill_values_are_refused_by_the_attribute_parser():
    x = np.ones(2)
    _raises("Invalid Parameter format for a_max expect float but value='True', in operator "
            'clip(name="", a_max="True", a_min="False")', x.clip, False, True)
    _raises("Some trailing characters could not be parsed: 'alse', in operator "
            'clip(name="", a_max="2", a_min="False")', np.clip, x, np.array(0, dtype="bool"), 2)
    _raises("Invalid Parameter format for a_min expect float but value='True', in operator "
            'clip(name="", a_max="inf", a_min="True")', np.clip, x, True, None)
    _raises("Invalid Parameter format for fill_value expect double but value='True', in operator "
            '_npi_full_like(name="", ctx="cpu(0)", dtype="int8", fill_value="True")',
            np.full_like, x, np.array(1, dtype="bool"), dtype="int8")
    assert np.full_like(x, True).asnumpy().tolist() == [1.0, 1.0]


def test_clip_of_a_number_is_numpys():
    assert type(np.clip(2, 0, 1)) is onp.int64 and np.clip(2, 0, 1) == 1
    assert type(np.clip(2.5, 0, 1)) is onp.float64 and np.clip(2.5, None, 1) == 1.0
    with pytest.raises(AssertionError, match=r"Argument data must have NDArray type, but got \[1, 2\]"):
        np.clip([1, 2], 0, 1)


def test_where_with_one_argument_names_it_x():
    for bad in ([0, 1, 2], 2):
        with pytest.raises(AssertionError) as info:
            np.where(bad)
        assert message_of(info.value) == f"Argument x must have NDArray type, but got {bad}"
    with pytest.raises(AssertionError, match="Argument condition must have NDArray type"):
        np.where([1, 0], 1, 2)
    assert np.where(True, 1, 2) == 1


def test_optimized_einsum_has_no_bool_kernel_but_a_half_one():
    flags = np.ones((2, 3), dtype="bool")
    res = np.einsum("ij->j", flags, optimize=True)
    assert (res.shape, res.dtype) == ((3,), onp.dtype("bool"))
    with pytest.raises(MXNetError, match="Unknown type enum 7$"):
        res.asnumpy()
    assert np.einsum("ij->j", flags).asnumpy().tolist() == [True] * 3
    a = onp.arange(6, dtype="float16").reshape(2, 3)
    res = np.einsum("ij,kj->ik", np.array(a, dtype="float16"), np.array(a, dtype="float16"), optimize=True)
    assert res.dtype == onp.float16 and res.asnumpy().tolist() == [[5.0, 14.0], [14.0, 50.0]]


def test_a_bool_product_output_is_an_unknown_type_to_inference():
    for fn in (np.dot, np.matmul):
        with pytest.raises(MXNetError) as info:
            fn(np.ones((2, 3)), np.ones((3, 2)), out=np.zeros((2, 2), dtype="bool"))
        assert message_of(info.value).endswith("at 0-th output: expected float32, got unknown")


def test_axis_texts_are_read_as_the_parser_reads_them():
    assert np.expand_dims(np.ones((2, 3)), "0").shape == (1, 2, 3)
    assert np.concatenate([np.ones((2, 3)), np.ones((2, 3))], axis="0").shape == (4, 3)
    assert np.concatenate([np.ones((2, 3)), np.ones((2, 3))], axis="None").shape == (12,)
    with pytest.raises(TypeError, match="tuple indices must be integers or slices, not str"):
        np.split(np.ones((2, 3)), 1, axis="0")
    with pytest.raises(IndexError, match="tuple index out of range"):
        np.split(np.ones((2, 3)), 1, axis=-3)


@pytest.mark.parametrize("x, y, operator, given", [(np.ones(2), 1, "_npi_where_rscalar", 1),
                                                   (1, np.ones(2), "_npi_where_lscalar", 1),
                                                   (np.ones(2), np.ones(2), "_npi_where", 2),
                                                   (1.5, 2, "_npi_where_scalar2", 0)])
def test_a_missing_condition_is_a_missing_input_of_the_operator_the_branches_pick(x, y, operator, given):
    with pytest.raises(MXNetError) as info:
        np.where(None, x, y)
    assert message_of(info.value) == (f"Check failed: num_inputs == infered_num_inputs ({given} vs. {given + 1}) : Operator "
                               f"{operator} expects {given + 1} inputs, but got {given} instead.")


def test_a_number_inserted_at_several_places_of_a_matrix_fails_when_read():
    res = np.insert(np.array([[1, 0, 2], [3, 1, 0]], dtype="int8"), np.array([0, 2], dtype="int64"), 9, axis=1)
    assert (res.shape, res.dtype) == ((2, 5), onp.dtype("int8"))
    with pytest.raises(MXNetError) as info:
        res.asnumpy()
    assert message_of(info.value).endswith("Expected: char v.s. given double")
    res = np.insert(np.arange(6.).reshape(2, 3), slice(0, 2), 9, axis=0)
    with pytest.raises(MXNetError, match="Expected: float v.s. given double$"):
        res.asnumpy()

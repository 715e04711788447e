"""Legacy operators refuse bad input with the check MXNet 1.9.1 reaches first, in its words."""
import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError, message_of


def _refusal(call):
    with pytest.raises(MXNetError) as e:
        call()
    return message_of(e.value)


def test_squeeze_checks_each_axis_in_turn():
    words = _refusal(lambda: nd.squeeze(nd.ones((3, 1)), axis=(0, 5)))
    assert "dshape[axes[i]] == 1 (3 vs. 1) : cannot select an axis to squeeze out which has size=3" in words
    assert "axes[i] < dndim (5 vs. 2)" in _refusal(lambda: nd.squeeze(nd.ones((1, 3)), axis=(5, 1)))
    assert nd.squeeze(nd.ones((1, 3, 1)), axis=(0, 2)).shape == (3,)


@pytest.mark.parametrize("op, text", [(nd.depth_to_space, "Depth To Space"), (nd.space_to_depth, "Space To Depth")])
def test_block_ops_check_the_rank_before_the_block(op, text):
    assert f"(2 vs. 4) : Operation {text} requires exactly 4D tensor" in _refusal(lambda: op(nd.ones((2, 3)), 0))
    assert "block_size must be a positive integer value" in _refusal(lambda: op(nd.ones((1, 4, 2, 2)), 0))


def test_dot_of_vectors_refuses_a_transpose():
    words = _refusal(lambda: nd.dot(nd.ones((3,)), nd.ones((3,)), transpose_b=True))
    assert words.startswith("Check failed: !param.transpose_a && !param.transpose_b: Cannot transpose vectors")


def test_khatri_rao_checks():
    assert "Check failed: (num_columns) == (static_cast<int>(attr_shape[1]))" in _refusal(
        lambda: nd.khatri_rao(nd.ones((2, 3)), nd.ones((2, 2))))
    assert "index = 1 must be in range [0, 1)" in _refusal(lambda: nd.khatri_rao(nd.ones((3,)), nd.ones((2, 3))))
    assert "num_args: Number of input matrices." in _refusal(lambda: nd.khatri_rao())
    assert "expects 3 inputs, but got 1" in _refusal(lambda: nd.khatri_rao(nd.ones((2, 3)), num_args=3))
    a = nd.array([[-0.0, 2.0]])
    out = nd.khatri_rao(a, nd.array([[1.0, 1.0], [3.0, -1.0]])).asnumpy()
    assert out.tolist() == [[0.0, 2.0], [0.0, -2.0]] and not np.signbit(out[:, 0]).any()


def test_cumsum_axis_checks():
    x = nd.ones((2, 3))
    assert "axis value 2 out of range" in _refusal(lambda: nd.cumsum(x, axis=2).asnumpy())
    assert "axis value -3 out of range" in _refusal(lambda: nd.cumsum(x, axis=-3).asnumpy())
    assert "index = -1 must be in range [0, 2)" in _refusal(lambda: nd.cumsum(x, axis=-1).asnumpy())
    empty = nd.array(np.zeros((0, 3)))
    assert _refusal(lambda: nd.cumsum(empty, axis=-1)).startswith("Operator _np_cumsum inferring shapes failed.")
    scalar = nd.array(np.array(2.0))
    assert _refusal(lambda: nd.cumsum(scalar)) == "Check failed: ndim_is_known(this->ndim()): Shape is unknown."
    assert nd.cumsum(x, axis=1).asnumpy().tolist() == [[1, 2, 3], [1, 2, 3]]


def test_cumsum_out_of_another_type_is_type_inconsistent():
    x = nd.ones((2, 3))
    assert _refusal(lambda: nd.cumsum(x, axis=1, dtype='float64', out=nd.zeros((2, 3)))).splitlines()[0] == \
        "Type inconsistent, Provided = float32, inferred type = float64"
    assert _refusal(lambda: nd.cumsum(x, dtype='int32', out=nd.zeros((6,)))).splitlines()[0] == \
        "Type inconsistent, Provided = float32, inferred type = int32"


@pytest.mark.parametrize("op", [nd.sort, nd.argsort, nd.topk])
def test_sorting_a_legacy_scalar_reads_its_rank_as_unknown(op):
    scalar = nd.array(np.array(2.0))
    assert _refusal(lambda: op(scalar, axis=None)) == "Check failed: ndim_is_known(this->ndim()): Shape is unknown."
    assert _refusal(lambda: op(scalar)).endswith("Invalid axis! axis should be between 0 and -1, found axis=-2")
    assert _refusal(lambda: op(scalar, axis=3)).endswith("found axis=3")


@pytest.mark.parametrize("call, name", [
    (lambda e: nd.greater(2.5, e), "_lesser_scalar"), (lambda e: nd.lesser_equal(1, e), "_greater_equal_scalar"),
    (lambda e: nd.logical_and(e, 2), "_logical_and_scalar"), (lambda e: nd.logical_xor(2, e), "_logical_xor_scalar"),
    (lambda e: nd.identity(e), "_copy"), (lambda e: nd.reshape(e, shape=(-1,)), "Reshape"),
])
def test_inference_failures_name_the_operator_mxnet_runs(call, name):
    empty = nd.array(np.zeros((2, 0)))
    assert _refusal(lambda: call(empty)).startswith(f"Operator {name} inferring shapes failed.")


def test_broadcast_axis_checks():
    x = nd.ones((2, 1))
    assert _refusal(lambda: nd.broadcast_axis(x, axis=(0, 1), size=3)).startswith(
        "Check failed: param.axis.ndim() == param.size.ndim() (2 vs. 1) : ")
    assert _refusal(lambda: nd.broadcast_axis(x, axis=2, size=3)) == \
        "Check failed: i >= 0 && i < ndim(): index = 2 must be in range [0, 2)"
    assert _refusal(lambda: nd.broadcast_axis(x, axis=-1, size=3)).endswith("index = -1 must be in range [0, 2)")
    assert _refusal(lambda: nd.broadcast_axis(x, axis=0, size=3)) == \
        "Check failed: oshape[param.axis[i]] == 1U (2 vs. 1) : Broadcasting axis must have size 1"
    assert "negative value -1" in _refusal(lambda: nd.broadcast_axis(x, axis=1, size=-1))
    assert nd.broadcast_axis(x, axis=1, size=3).shape == (2, 3)
    empty = nd.array(np.zeros((0, 1)))
    assert _refusal(lambda: nd.broadcast_axis(empty, axis=1, size=3)).startswith(
        "Operator broadcast_axis inferring shapes failed.")


def test_shape_inference_prints_a_legacy_empty_size_as_unknown():
    empty = nd.array(np.zeros((0, 3)))
    assert "Exceeds input dimensions [-1,3]" in _refusal(lambda: nd.sum(empty, axis=5))
    assert "Operand of shape [-1,3] cannot be broadcasted to [2,3,4]" in _refusal(
        lambda: nd.broadcast_to(empty, shape=(2, 3, 4)))
    assert "Array cannot be broadcasted from [-1,3] to [2,0]" in _refusal(lambda: nd.broadcast_to(empty, shape=(2, 0)))
    assert "dot shape error: [-1,3] X [3,2]" in _refusal(lambda: nd.dot(empty, nd.ones((3, 2)), transpose_b=True))
    assert "(-1 vs. 3) : Slice axis 0 with size 3exceeds limit of input with size -1" in _refusal(
        lambda: nd.slice_like(empty, nd.ones((3, 3)), axes=(0,)))
    assert "Provided = [2,3], inferred shape=[-1,1]" in _refusal(lambda: nd.pick(empty, nd.ones((2, 3))))
    assert _refusal(lambda: nd.pick(empty, nd.ones((4,)))).startswith("Operator pick inferring shapes failed.")


def test_pick_index_fitting_unknown_sizes_fails_shape_inference():
    empty = nd.array(np.zeros((0, 3)))
    assert _refusal(lambda: nd.pick(empty, nd.ones((4, 1)))).startswith("Operator pick inferring shapes failed.")


def test_nd_op_holds_operators_only():
    import distnet.ndarray.op as op_namespace
    for python_function in ("maximum", "minimum", "power", "histogram", "split_v2"):
        assert hasattr(nd, python_function) and not hasattr(op_namespace, python_function)
    assert op_namespace.broadcast_maximum(nd.ones((2,)), nd.zeros((1,))).asnumpy().tolist() == [1.0, 1.0]


def test_moments_sum_without_an_infinity_rule():
    # Kahan's steps: an inf followed by a finite term leaves nan (its compensation is inf - inf)
    mean, var = nd.moments(nd.array([-np.inf, 0.0, 1.0]), axes=0)
    assert np.isnan(mean.asnumpy()[0]) and np.isnan(var.asnumpy()[0])
    assert nd.moments(nd.array([1.0, 0.0, -np.inf]), axes=0)[0].asnumpy()[0] == -np.inf
    assert nd.moments(nd.array([1e38, 1e38, 1e38]), axes=0)[0].asnumpy()[0] == np.float32(1e38)


def test_integer_means_truncate_in_their_own_type():
    big = nd.array(np.array([-2**63, 0, 0, 2, -2], dtype=np.int64), dtype="int64")
    assert nd.mean(big).asnumpy()[0] == -1844674407370955161          # trunc(-2**63 / 5), exactly
    small = nd.array(np.array([[-2**31, 0, 0, 2, -2]], dtype=np.int32), dtype="int32")
    assert nd.moments(small, axes=1)[0].asnumpy().tolist() == [-429496729]
    assert nd.mean(nd.array([-3, 2], dtype="int32")).asnumpy().tolist() == [0]


@pytest.mark.parametrize("dtype", ["float16", "float64", "int32", "int64", "bool"])
def test_reshape_to_another_size_fails_when_read_outside_onednn_types(dtype):
    y = nd.reshape(nd.ones((4, 1, 2), dtype=dtype), shape=(2, 3))
    assert y.shape == (2, 3)
    with pytest.raises(MXNetError, match=r"Check failed: from.Size\(\) == to.Size\(\) \(8 vs. 6\) : "):
        y.asnumpy()
    with pytest.raises(MXNetError, match=r"\(6 vs. 1\)"):
        nd.reshape(nd.ones((2, 3), dtype=dtype)).asnumpy()


def test_reshape_of_onednn_types_takes_the_leading_elements():
    for dtype in ("float32", "uint8", "int8"):
        y = nd.reshape(nd.arange(8, dtype=dtype), shape=(5,))
        assert y.asnumpy().tolist() == [0, 1, 2, 3, 4]


def test_split_code_past_the_input_dims():
    assert _refusal(lambda: nd.reshape(nd.ones((6,)), shape=(2, -4, 1, -1))) == \
        "Check failed: src_idx < dshape_len (1 vs. 1) : "


def test_norm_to_another_dtype_fails_when_read_naming_the_c_types():
    y = nd.norm(nd.ones((2, 3), dtype="int32"), out_dtype="int64")
    with pytest.raises(MXNetError, match=r"specified type\.Expected: long long v\.s\. given int$"):
        y.asnumpy()


def test_concat_checks_the_axis_against_every_input_first():
    words = _refusal(lambda: nd.concat(nd.ones((1, 3)), nd.ones((2, 3)), nd.ones((3,))))
    assert words == "Check failed: axis < ndim && axis >= -ndim: axis 1 exceeds the input dimension of 1"
    assert "Incompatible input shape: expected [1,-1], got [2,4]" in _refusal(
        lambda: nd.concat(nd.ones((1, 3)), nd.ones((2, 4)), dim=1))


def test_slice_checks_end_against_the_data_before_begin():
    words = _refusal(lambda: nd.slice(nd.arange(6), begin=(None,), end=(None, None)))
    assert words.endswith("Check failed: param_end.ndim() <= dshape.ndim() (2 vs. 1) : Slicing axis exceeds data dimensions")


def test_add_n_checks_every_shape_before_the_types():
    words = _refusal(lambda: nd.add_n(nd.ones((2, 1), dtype="float16"), nd.ones((2, 1), dtype="float64"),
                                      nd.ones((3,), dtype="float16")))
    assert "at 2-th input: expected [2,1], got [3]" in words
    words = _refusal(lambda: nd.add_n(nd.ones((2, 3), dtype="float64"), nd.ones((2, 3), dtype="bool")))
    assert words.endswith("at 1-th input: expected float64, got unknown")


def test_reverse_of_bool_checks_its_axis_first():
    with pytest.raises(MXNetError, match=r"axis < ishape.ndim\(\) \(3 vs. 2\)") as e:
        nd.reverse(nd.ones((2, 3), dtype="bool"), axis=3).asnumpy()
    assert type(e.value) is MXNetError


@pytest.mark.parametrize("shape, k", [((0, 3), 0), ((2, 3, 0), 0), ((0, 3), 2)])
def test_diag_of_a_legacy_empty_array_has_no_diagonal(shape, k):
    assert _refusal(lambda: nd.diag(nd.array(np.zeros(shape)), k=k)).startswith("Diagonal does not exist.")

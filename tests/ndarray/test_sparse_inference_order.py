"""Sparse operators check shapes, then dtypes, then storage (kernel errors surface when the result is read)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

nd, sp = mx.nd, mx.nd.sparse
D = np.array([[0, 1.5, 0], [2, 0, -3], [0, 0, 0]])


def csr(dtype="float32", a=D):
    return nd.array(a, dtype=dtype).tostype("csr")


def test_elemwise_refuses_other_shapes_before_dtypes():
    with pytest.raises(MXNetError, match=r"at 1-th input: expected \[3,3\], got \[2,3\]"):
        sp.elemwise_add(csr("float64"), csr(a=D[:2]))
    with pytest.raises(MXNetError, match=r"at 1-th input: expected \[3,3\], got \[1,3\]"):
        sp.elemwise_mul(csr(), nd.ones((1, 3)))         # no broadcasting, even where multiply would


def test_dtypes_are_compared_before_the_float_only_csr_kernel():
    with pytest.raises(MXNetError, match="expected float32, got int32"):
        nd.array(D) - csr("int32")
    with pytest.raises(MXNetError, match="expected int32, got float32"):
        sp.multiply(csr("int32"), nd.array(D))


def test_broadcast_failure_names_the_operands_in_call_order():
    with pytest.raises(MXNetError, match=r"shapes \[3,3\] \[2,3\]"):
        sp.add(nd.array(D), csr(a=D[:2]))


def test_integer_scalar_cast_as_c_does_storage_chosen_by_the_scalar():
    x = csr("int32")
    assert (x > float("nan")).stype == "csr"        # 0 > nan is False: stays sparse; nan becomes INT_MIN
    assert (x > float("nan")).asnumpy().tolist() == [[0, 1, 0], [1, 0, 1], [0, 0, 0]]
    assert (x <= float("inf")).stype == "default"
    assert (x <= float("inf")).asnumpy().sum() == 0      # x <= INT_MIN nowhere
    assert (x / float("inf")).asnumpy().sum() == 0


def test_csr_zeros_of_another_rank_fail_when_read():
    z = sp.zeros("csr", (2, 3, 4))
    assert z.shape == (2, 3, 4) and z.dtype == np.float32 and type(z).__name__ == "CSRNDArray"
    with pytest.raises(MXNetError, match=r"dns->shape_.ndim\(\) == 2 \(3 vs. 2\)"):
        z.asnumpy()
    c = nd.cast_storage(nd.ones((4,)), stype="csr")
    assert isinstance(c, sp.CSRNDArray) and c.shape == (4,)
    with pytest.raises(MXNetError, match=r"dns.shape_.ndim\(\) == 2 \(1 vs. 2\)"):
        c.data
    with pytest.raises(ValueError, match="should be 2 Dimensional"):
        nd.ones((4,)).tostype("csr")        # the front end refuses first


def test_copy_into_sparse_of_another_dtype_fails_when_read():
    target = sp.zeros("row_sparse", (2, 2))
    assert nd.ones((2, 2), dtype="float64").copyto(target) is target
    with pytest.raises(MXNetError, match="data type do not match"):
        target.asnumpy()
    target[:] = nd.ones((2, 2))                 # new contents replace the failed ones
    assert target.asnumpy().tolist() == [[1, 1], [1, 1]]


def test_indptr_of_another_length_is_kept_and_reported_by_check_format():
    c = sp.csr_matrix(([1.0, 2.0, 3.0], [0, 2, 1], [0, 1, 2, 3]), shape=(4, 3))
    assert c.indptr.asnumpy().tolist() == [0, 1, 2, 3]
    for full in (False, True):
        with pytest.raises(MXNetError, match="kCSRShapeErr"):
            c.check_format(full)


def test_data_must_fill_the_room_its_indices_give():
    with pytest.raises(MXNetError, match=r"src_shape.Size\(\) <= dst_data.shape_.Size\(\) \(3 vs. 2\)"):
        sp.csr_matrix(([1, 2, 3], [0, 2], [0, 1, 2, 3]), shape=(3, 3))
    with pytest.raises(MXNetError, match="from: 8 bytes, to: 12 bytes"):
        sp.row_sparse_array(([[1, 2]], [0]), shape=(3, 3))


def test_explicit_shape_checked_before_conversion_and_zeros_rules():
    with pytest.raises(ValueError, match=r"Shape mismatch detected. \(0, 3\) v.s. \(4, 4\)"):
        sp.csr_matrix(np.zeros((0, 3)), shape=(4, 4))
    with pytest.raises(MXNetError, match="_zeros inferring shapes failed"):
        sp.zeros("default", (0, 3))
    with pytest.raises(TypeError, match="can only concatenate str"):
        sp.zeros(None, (2, 3))
    with pytest.raises(AssertionError):
        sp.empty(None, (2, 3))
    assert sp.empty("row_sparse", 5).shape == (5,)


def test_operator_results_on_pinned_memory_land_on_cpu():
    pinned = nd.ones((2, 2), ctx=mx.cpu_pinned(0))
    assert pinned.tostype("csr").context == mx.cpu(0)
    assert (pinned.tostype("row_sparse") * 2).context == mx.cpu(0)
    assert sp.csr_matrix(([1], [0], [0, 1]), ctx=mx.cpu_pinned(0)).context == mx.cpu_pinned(0)


def test_scalar_comparison_operators_keep_storage_when_zero_compares_false():
    x = csr()
    kept = nd._internal._greater_scalar(x, scalar=1.0)
    assert kept.stype == "csr" and kept.asnumpy().tolist() == [[0, 1, 0], [1, 0, 0], [0, 0, 0]]
    assert kept.indices.asnumpy().tolist() == x.indices.asnumpy().tolist()      # the stored entries stay stored
    assert nd._internal._lesser_scalar(x, scalar=1.0).stype == "default"        # 0 < 1: every entry may be 1
    assert nd._internal._equal_scalar(nd.array(D).tostype("row_sparse"), scalar=2.0).stype == "row_sparse"


def test_square_sum_checks_then_sums_over_the_axis_as_given():
    x = nd.array(D).tostype("row_sparse")
    with pytest.raises(MXNetError, match=r"Reduction axis 2 Exceeds input dimensions \[3,3\]"):
        nd._internal._square_sum(x, axis=2)
    with pytest.raises(MXNetError, match="only supports 2D ndarray"):
        nd._internal._square_sum(nd.ones((2, 2, 2)).tostype("row_sparse"), axis=0)
    # exclude shapes the result only: the sums run over axis 1 as given (MXNet's kernel ignores exclude)
    r = nd._internal._square_sum(x, axis=1, exclude=True)
    assert r.shape == (3,) and r.asnumpy().tolist() == (D ** 2).sum(axis=1).tolist()
    r = nd._internal._square_sum(x, axis=0, keepdims=True, exclude=True)
    assert r.shape == (3, 1) and r.asnumpy().ravel().tolist() == (D ** 2).sum(axis=0).tolist()


def test_sparse_out_arrays_are_checked_and_filled():
    a = nd.array(D).tostype("row_sparse")
    with pytest.raises(MXNetError, match="expected float32, got float64"):
        nd.elemwise_add(a, a, out=sp.zeros("row_sparse", (3, 3), dtype="float64"))
    out = sp.zeros("row_sparse", (3, 3))
    assert sp.add_n(a, a, out=out) is out and out.asnumpy().tolist() == (2 * D).tolist()
    o = sp.zeros("csr", (3, 3))
    sp.relu(csr(), out=o)                   # the sparse kernel's structure: the stored -3 becomes a stored 0
    assert o.indices.asnumpy().tolist() == [1, 0, 2] and o.data.asnumpy().tolist() == [1.5, 2, 0]


def test_attach_grad_with_a_storage_type_makes_a_float32_buffer():
    x = nd.ones((2, 3), dtype="float64")
    x.attach_grad()
    assert x.grad.dtype == np.float64 and x.grad.stype == "default"      # zeros_like
    for stype in ("default", "row_sparse", "csr"):
        x.attach_grad(stype=stype)
        assert x.grad.dtype == np.float32 and x.grad.stype == stype       # MXNet's zeros of the default dtype
        with mx.autograd.record():
            y = x * 2
        with pytest.raises(MXNetError, match="Backward shape inconsistent with the forward shape"):
            y.backward()


def test_dense_fallback_functions_write_a_sparse_out():
    x = csr()
    out = sp.zeros("csr", (3, 3))
    assert sp.cos(x, out=out) is out
    assert out.asnumpy().tolist() == np.cos(D).astype(np.float32).tolist() and out.indices.shape == (9,)
    positional = sp.zeros("row_sparse", (3, 3))
    assert sp.exp(x, positional) is positional          # the argument after the inputs is out=, as in MXNet
    assert positional.asnumpy().tolist() == np.exp(D).astype(np.float32).tolist()


def test_clip_outside_zero_falls_back_only_into_a_sparse_out():
    x = csr()
    with pytest.raises(MXNetError, match="Operator not implemented: operator = clip"):
        nd.clip(x, 2, 3)
    for clip in (lambda o: nd.clip(x, 2, 3, out=o), lambda o: x.clip(2, 3, out=o)):
        out = sp.zeros("csr", (3, 3))
        assert clip(out) is out and out.asnumpy().tolist() == [[2] * 3] * 3 and out.indices.shape == (9,)

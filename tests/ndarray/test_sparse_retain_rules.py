"""retain as MXNet 1.9.1 has it: the fluent method returns (0,), the function keeps rows beyond the shape, and
storage types without a kernel fail storage inference; square_sum and dot refuse as MXNet's operators do."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

sp = mx.nd.sparse
D = np.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 0, 0]], dtype="float32")


def test_the_fluent_retain_returns_what_mxnets_stub_returns():
    rsp = sp.row_sparse_array(D)
    assert rsp.retain(mx.nd.array([1])) == (0,)
    assert rsp.retain() == (0,) and sp.gs_retain(rsp, mx.nd.array([1])) == (0,)


def test_retain_keeps_a_row_beyond_the_shape_as_zeros():
    out = sp.retain(sp.row_sparse_array(D), mx.nd.array([1, 5]))
    assert out.indices.asnumpy().tolist() == [1, 5]
    assert out.data.asnumpy().tolist() == [[2, 0, 3], [0, 0, 0]]
    assert out.asnumpy().tolist() == [[0, 0, 0], [2, 0, 3], [0, 0, 0], [0, 0, 0]]


@pytest.mark.parametrize("data, indices, out, kinds", [
    (lambda: sp.csr_matrix(D), lambda: mx.nd.array([1]), None, "[csr, default, ]\noutput storage types = [unknown, ]"),
    (lambda: sp.row_sparse_array(D), lambda: sp.csr_matrix(D), None, "[row_sparse, csr, ]"),
    (lambda: sp.row_sparse_array(D), lambda: mx.nd.array([1]), lambda: mx.nd.zeros((4, 3)),
     "[row_sparse, default, ]\noutput storage types = [default, ]"),
])
def test_retain_without_a_kernel_fails_storage_inference(data, indices, out, kinds):
    with pytest.raises(MXNetError) as info:
        sp.retain(data(), indices(), out=out() if out else None)
    assert message_of(info.value).startswith("Check failed: infer_stype_success: Operator not implemented: operator = "
                                      f"_sparse_retain\ninput storage types = {kinds}")


def test_retain_asserts_ndarray_operands_naming_them_as_text():
    with pytest.raises(AssertionError, match=r"^Argument indices must have NDArray type, but got \[1 3\]$"):
        sp.retain(sp.row_sparse_array(D), np.array([1, 3]))


def test_square_sum_refusals():
    rsp = sp.row_sparse_array(D)
    assert mx.nd._internal._square_sum(rsp, axis=1).asnumpy().tolist() == [1, 13, 0, 16]
    for call in (lambda: mx.nd._internal._square_sum(rsp), lambda: mx.nd._internal._square_sum(rsp, axis=-1),
                 lambda: mx.nd._internal._square_sum(mx.nd.array(D), axis=1)):
        with pytest.raises(MXNetError, match="Check failed: infer_stype_success: Operator not implemented: "
                                             "operator = _square_sum\n"):
            call()
    both = mx.nd._internal._square_sum(rsp, axis=(0, 1))       # the kernel's check: raised when read
    assert both.shape == (1,)
    with pytest.raises(MXNetError, match=r"Check failed: axis.ndim\(\) == 1U \(2 vs. 1\)"):
        both.asnumpy()
    with pytest.raises(MXNetError, match=r"Check failed: err != kCSRShapeErr \(1 vs. 1\) : Shape mismatch of this "
                                         r"csr NDArray$"):
        sp.csr_matrix(([1], [0], [0, 1]), shape=(3, 4)).check_format()


def test_sparse_dot_checks_forward_stype_as_its_enumeration():
    with pytest.raises(MXNetError, match=r"Invalid Input: 'bogus', valid values are: \{None, 'csr', 'default', "
                                         r"'row_sparse'\}, in operator dot\(name=\"\", forward_stype=\"bogus\"\)"):
        sp.dot(sp.csr_matrix(D), mx.nd.ones((3, 2)), forward_stype="bogus")


def test_cast_storage_parses_stype_as_an_enumeration():
    with pytest.raises(MXNetError, match="Required parameter stype of int is not presented"):
        mx.nd.cast_storage(mx.nd.array(D))
    for make in (lambda: mx.nd.cast_storage(sp.csr_matrix(D), stype=None),
                 lambda: mx.sym.cast_storage(mx.sym.var("d"), stype=None), lambda: mx.nd.array(D).tostype(None)):
        with pytest.raises(MXNetError, match=r"Invalid Input: 'None', valid values are: \{'csr', 'default', "
                                             r"'row_sparse'\}, in operator cast_storage\(name=\"\", stype=\"None\"\)"):
            make()


@pytest.mark.parametrize("make", [
    lambda: mx.nd.cast_storage(sp.csr_matrix(D), stype="row_sparse"),
    lambda: mx.nd.Embedding(mx.nd.array([0, 2]), sp.csr_matrix(D), input_dim=4, output_dim=3),
])
def test_storage_combinations_without_a_kernel(make):
    with pytest.raises(MXNetError, match="Check failed: infer_stype_success: Operator not implemented: operator = "):
        make()


def test_csr_dot_checks_shapes_at_the_call_and_the_rhs_rank_when_read():
    csr = sp.csr_matrix(D)
    with pytest.raises(MXNetError, match=r"Check failed: L\[!Ta\].Size\(\) == R\[Tb\].Size\(\) \(3 vs. 4\) : dot "
                                         r"shape error: \[4,3\] X \[2,4\]$"):
        sp.dot(csr, mx.nd.ones((2, 4)), transpose_b=True)
    vector = sp.dot(csr, mx.nd.ones((3,)))
    assert vector.shape == (4,)
    with pytest.raises(MXNetError, match=r"Check failed: inputs\[1\].shape\(\).ndim\(\) == 2 \(1 vs. 2\) : sparse "
                                         "dot only supports 2 dimensional rhs$"):
        vector.asnumpy()

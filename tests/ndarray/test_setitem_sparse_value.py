"""A dense NDArray refuses a sparse array as an assigned value, with MXNet 1.9.1's TypeError."""
import pytest

import distnet as mx


@pytest.mark.parametrize("stype", ["csr", "row_sparse"])
def test_dense_setitem_refuses_a_sparse_value(stype):
    dense = mx.nd.zeros((2, 4))
    value = mx.nd.ones((2, 4)).tostype(stype)
    with pytest.raises(TypeError, match="does not support assignment with non-array-like object"):
        dense[:] = value
    assert dense.asnumpy().sum() == 0


def test_sparse_values_still_go_through_tostype_and_copyto():
    dense = mx.nd.zeros((2, 4))
    dense[:] = mx.nd.ones((2, 4)).tostype("csr").tostype("default")
    mx.nd.ones((2, 4)).tostype("row_sparse").copyto(dense)
    assert dense.asnumpy().sum() == 8


def test_custom_op_assign_of_a_sparse_result_into_a_dense_output_fails():
    class ToCSR(mx.operator.CustomOp):
        def forward(self, is_train, req, in_data, out_data, aux):
            self.assign(out_data[0], req[0], in_data[0].tostype("csr"))

    @mx.operator.register("test_setitem_sparse_to_csr")
    class ToCSRProp(mx.operator.CustomOpProp):
        def create_operator(self, ctx, shapes, dtypes):
            return ToCSR()

    with pytest.raises(mx.MXNetError):
        mx.nd.Custom(mx.nd.ones((2, 2)), op_type="test_setitem_sparse_to_csr").asnumpy()

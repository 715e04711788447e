"""An out= (or in-place) array of another dtype than a binary op's result is refused by type inference first."""
import pytest

import distnet as mx
from distnet import np

pytestmark = pytest.mark.usefixtures("np_semantics")


@pytest.mark.parametrize("left, op, right, inferred", [
    ("int8", "-=", "int32", "int32"), ("uint8", "+=", "int8", "int32"), ("int64", "/=", "int32", "float32"),
    ("float32", "/=", "float64", "float64"), ("bool", "-=", "int8", "int8")])
def test_inplace_op_refuses_a_result_of_another_type_before_the_kernel_pair(left, op, right, inferred):
    a, b = np.array([3, 4], dtype=left), np.array([1, 2], dtype=right)
    provided = "unknown" if left == "bool" else left
    with pytest.raises(mx.MXNetError, match=f"Type inconsistent, Provided = {provided}, inferred type = {inferred}"):
        exec(f"a {op} b", {}, {"a": a, "b": b})
    assert a.tolist() == np.array([3, 4], dtype=left).tolist()      # untouched


def test_a_pair_without_kernel_still_fails_when_read_if_out_has_the_result_type():
    a = np.array([3, 4], dtype="int32")
    a -= np.array([1, 2], dtype="int8")
    with pytest.raises(mx.MXNetError, match="does not support combination of int with char"):
        a.wait_to_read()

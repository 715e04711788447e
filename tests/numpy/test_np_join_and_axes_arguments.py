"""concatenate/append with 0-d arrays infer the shape from the others, as MXNet's concat shape inference; a
tensordot axes MXNet's C API cannot read is refused with its type code."""
import pytest

import distnet as mx
from distnet import np
from distnet.base import message_of

pytestmark = pytest.mark.usefixtures("np_semantics")

ASSIGN = "Check failed: shape_assign(&(*in_shape)[i], dshape): Incompatible input shape: expected {}, got []"


@pytest.mark.parametrize("arrays, axis, words", [
    ("zv", 0, ASSIGN.format("[-1]")), ("vz", 0, ASSIGN.format("[-1]")), ("zm", 1, ASSIGN.format("[1,-1]")),
    ("zm", 0, ASSIGN.format("[-1,3]")),
    ("zv", 1, "Check failed: axis < ndim && axis >= -ndim: axis 1 exceeds the input dimension of 1"),
    ("zz", 0, "Operator _npi_concatenate inferring shapes failed.\ninput shapes:\n[]\n[]\noutput shapes:\nNone\n"
              "operator attributes:\nnum_args : 2\naxis : 0\n\n"),
])
def test_concatenate_with_0d_arrays(arrays, axis, words):
    parts = {"z": np.array(1.), "v": np.array([9., 9., 9.]), "m": np.array([[7., 7., 7.]])}
    with pytest.raises(mx.MXNetError) as e:
        np.concatenate([parts[c] for c in arrays], axis=axis)
    assert message_of(e.value) == words


def test_append_without_axis_flattens_a_0d_array():
    assert np.append(np.array(1.), np.array([9., 9.])).tolist() == [1.0, 9.0, 9.0]
    with pytest.raises(mx.MXNetError, match=r"expected \[-1\], got \[\]$"):
        np.append(np.array(1.), np.array([9., 9.]), axis=0)


@pytest.mark.parametrize("axes, words", [
    (np.array([1]), "unknown type_code=14"),
    (2.5, "Check failed: type_code_ == kObjectHandle (2 vs. 8) : expected ObjectCell but get float"),
    ("1", "Check failed: type_code_ == kObjectHandle (11 vs. 8) : expected ObjectCell but get str"),
])
def test_tensordot_axes_the_c_api_cannot_read(axes, words):
    with pytest.raises(mx.MXNetError) as e:
        np.tensordot(np.ones((2, 3)), np.ones((3, 2)), axes=axes)
    assert message_of(e.value) == words


def test_tensordot_axes_holding_an_array_names_mxnets_class():
    with pytest.raises(ValueError, match="don't know how to convert type <class 'mxnet.numpy.ndarray'> to node$"):
        np.tensordot(np.ones((2, 3)), np.ones((3, 2)), axes=(np.array([1]), [0]))

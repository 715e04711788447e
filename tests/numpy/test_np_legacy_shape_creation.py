"""Without NumPy shape semantics (0-d: unknown rank, empty: unknown sizes) array_split, tril, diag, diagflat,
swapaxes and the *_like functions fail where MXNet's shape inference does, after their attributes are parsed."""
import pytest

import distnet as mx
from distnet import np


def failed(op):
    return f"Operator {op} inferring shapes failed"


@pytest.mark.parametrize("call, words", [
    (lambda: np.array_split(np.array(3.), 2, axis=0), failed("_split_v2")),
    (lambda: np.tril(np.array(3.)), failed("_npi_tril")),
    (lambda: np.diag(np.array(3.)), failed("_np_diag")),
    (lambda: np.diagflat(np.array(3.)), failed("_np_diagflat")),
    (lambda: np.diag(np.array([])), "Diagonal does not exist.$"),
    (lambda: np.tril(np.array([[], []])), "Diagonal does not exist.$"),
    (lambda: np.swapaxes(np.array(3.), 0, 1), failed("SwapAxis")),
    (lambda: np.swapaxes(np.array([[], []]), 0, 1), failed("SwapAxis")),
    (lambda: np.swapaxes(np.array([]), 0, 1), "axis 1 is out of bounds for array of ndim 1"),
    (lambda: np.zeros_like(np.array(3.)), failed("_npi_full_like")),
    (lambda: np.flip(np.array(3.)), failed("_npi_flip")),
    (lambda: np.tensordot(np.array(2.), np.array(3.), axes=0), failed("_npi_tensordot_int_axes")),
    (lambda: np.tensordot(np.array(2.), np.ones((2, 3)), axes=([2], [0])), failed("_npi_tensordot")),
    (lambda: np.flip(np.array([]), 0), failed("_npi_flip")),
    (lambda: np.full_like(np.array([[], []]), 2.), failed("_npi_full_like")),
])
def test_unknown_shapes_fail_inference(call, words):
    with pytest.raises(mx.MXNetError, match=words):
        call()


def test_attributes_are_parsed_before_the_shape():
    with pytest.raises(mx.MXNetError, match="Invalid Parameter format for dim2 expect int but value='1.5'"):
        np.swapaxes(np.array(3.), 0, 1.5)
    with pytest.raises(mx.MXNetError, match="Invalid Parameter format for k expect int"):
        np.tril(np.array(3.), k=1.5)


def test_an_out_array_gives_the_like_functions_their_shape():
    out = np.zeros(2)
    assert np.ones_like(np.array(3.), out=out) is out and out.tolist() == [1.0, 1.0]

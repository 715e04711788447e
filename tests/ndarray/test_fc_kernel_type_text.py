"""FullyConnected's CPU kernel refuses integer and float16 data with MXNet's words, when the result is read."""
import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError


@pytest.mark.parametrize("dtype,flag", [("uint8", 3), ("int32", 4), ("int8", 5), ("int64", 6), ("bool", 7)])
def test_integer_data_is_an_unsupported_type_by_its_flag(dtype, flag):
    out = nd.FullyConnected(nd.ones((2, 3), dtype=dtype), nd.ones((4, 3), dtype=dtype), no_bias=True, num_hidden=4)
    assert out.shape == (2, 4) and out.dtype == np.dtype(dtype)
    with pytest.raises(MXNetError, match=f"Unsupported type {flag}"):
        out.asnumpy()


def test_float16_data_needs_cudnn():
    out = nd.FullyConnected(nd.ones((2, 3), dtype="float16"), nd.ones((4, 3), dtype="float16"), no_bias=True,
                            num_hidden=4)
    with pytest.raises(MXNetError, match="float16 fully connected layer is currentlyonly supported by CuDNN version"):
        out.asnumpy()

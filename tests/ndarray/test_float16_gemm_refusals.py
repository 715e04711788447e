"""MXNet 1.9.1's CPU build refuses float16 FullyConnected, Convolution, Deconvolution, RNN and dot (no FP16
gemm): the kernel fails, so the call returns and reading the result raises. float16 pooling, BatchNorm and
Embedding run."""
import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError, message_of

H = "float16"


@pytest.mark.parametrize("call", [
    lambda: nd.FullyConnected(nd.ones((2, 3), dtype=H), nd.ones((4, 3), dtype=H), nd.zeros(4, dtype=H), num_hidden=4),
    lambda: nd.FullyConnected(nd.ones((2, 3), dtype=H), nd.ones((4, 3), dtype=H), num_hidden=4, no_bias=True),
    lambda: nd.Convolution(nd.ones((1, 1, 4, 4), dtype=H), nd.ones((2, 1, 3, 3), dtype=H), nd.zeros(2, dtype=H),
                           kernel=(3, 3), num_filter=2),
    lambda: nd.Deconvolution(nd.ones((1, 1, 4, 4), dtype=H), nd.ones((1, 2, 3, 3), dtype=H), kernel=(3, 3),
                             num_filter=2, no_bias=True),
    lambda: nd.RNN(nd.ones((2, 1, 3), dtype=H), nd.ones((36,), dtype=H), nd.zeros((1, 1, 4), dtype=H),
                   state_size=4, num_layers=1, mode="rnn_tanh"),
])
def test_half_gemm_layers_are_refused_when_read(call):
    out = call()
    assert out.dtype == np.float16 and out.ndim >= 2
    with pytest.raises(MXNetError, match="FP16 gemm on cpu not implemented|only supported by CuDNN version"):
        out.asnumpy()


def test_dot_of_other_types_fails_when_read():
    for dtype in (H, "int32"):
        out = nd.dot(nd.ones((2, 3), dtype=dtype), nd.ones((3, 4), dtype=dtype))
        assert out.shape == (2, 4) and out.dtype == np.dtype(dtype)
        with pytest.raises(MXNetError, match="dot only supports float32/float64 for CPU, and float16/float32/float64 "
                                             "for GPU"):
            out.asnumpy()
    out = nd.batch_dot(nd.ones((1, 3, 2), dtype=H), nd.ones((1, 3, 4), dtype=H), transpose_a=True)
    assert out.shape == (1, 2, 4)
    with pytest.raises(MXNetError, match="dot only supports float32/float64 for CPU"):
        out.asnumpy()


def test_half_layers_without_gemm_run():
    assert nd.Pooling(nd.ones((1, 1, 4, 4), dtype=H), kernel=(2, 2), pool_type="avg").dtype == np.float16
    assert nd.Embedding(nd.array([0, 1]), nd.ones((3, 2), dtype=H), input_dim=3, output_dim=2).dtype == np.float16
    assert nd.FullyConnected(nd.ones((2, 3), dtype="float64"), nd.ones((4, 3), dtype="float64"),
                             nd.zeros(4, dtype="float64"), num_hidden=4).dtype == np.float64


def test_linalg_of_other_types_fails_when_read():
    out = nd.linalg.gemm2(nd.ones((2, 3), dtype="int32"), nd.ones((3, 4), dtype="int32"))
    assert out.shape == (2, 4) and out.dtype == np.int32
    with pytest.raises(MXNetError, match="This operation only supports 32-bit and 64-bit floating point$"):
        out.asnumpy()
    spd = nd.array([[4, 1], [1, 3]], dtype=H)
    assert nd.linalg.potrf(spd).shape == (2, 2)
    with pytest.raises(MXNetError):                  # mixed types fail at once, as MXNet's type inference
        nd.linalg.gemm2(nd.ones((2, 3)), nd.ones((3, 4), dtype="int32"))


def test_khatri_rao_of_other_types_fails_when_read():
    out = nd.khatri_rao(nd.ones((2, 3), dtype="int32"), nd.ones((4, 3), dtype="int32"))
    assert out.shape == (8, 3) and out.dtype == np.int32
    with pytest.raises(MXNetError) as e:
        out.asnumpy()
    assert message_of(e.value) == "Not implmented!"       # (MXNet's spelling, its whole message)
    with pytest.raises(MXNetError):                  # mixed types, or column counts that differ: at once
        nd.khatri_rao(nd.ones((2, 3)), nd.ones((2, 3), dtype="int32"))

"""oneDNN's 1x1 kernel for 16k + 8 filters sums blocks of 128 channels apart, the bias first (probed on MXNet 1.9.1)."""
import numpy as np
import pytest

from distnet import autograd, nd
from distnet.ndarray import onednn


def blocked_sums(x, w, b, block):
    """Each output: per block of ``block`` channels a float32 chain of fused multiply-adds (the first starting
    from the bias), the blocks' sums then added in turn."""
    total = None
    for first in range(0, x.shape[0], block):
        acc = np.zeros(w.shape[0]) if first or b is None else b.astype(np.float64)
        for c in range(first, min(first + block, x.shape[0])):
            acc = (acc + np.float64(x[c]) * w[:, c].astype(np.float64)).astype(np.float32).astype(np.float64)
        acc = acc.astype(np.float32)
        total = acc if total is None else total + acc
    return total


@pytest.mark.skipif(onednn._LANES != 16, reason="the AVX-512 kernels' order")
@pytest.mark.parametrize("channels, filters, train", [(256, 8, False), (264, 24, True), (136, 40, False)])
def test_one_by_one_kernel_of_16k_plus_8_filters_sums_128_channel_blocks_apart(channels, filters, train):
    rs = np.random.RandomState(channels)
    x = rs.uniform(-1, 1, channels).astype(np.float32)
    w = rs.uniform(-1, 1, (filters, channels)).astype(np.float32)
    b = rs.uniform(-1, 1, filters).astype(np.float32)
    with autograd.record(train_mode=train):
        y = nd.Convolution(nd.array(x.reshape(1, channels, 1, 1)), nd.array(w.reshape(filters, channels, 1, 1)),
                           nd.array(b), kernel=(1, 1), num_filter=filters)
    want = blocked_sums(x, w, b, 128)
    assert y.asnumpy().ravel().tobytes() == want.tobytes()
    assert want.tobytes() != blocked_sums(x, w, b, channels).tobytes()     # the blocks make a difference here

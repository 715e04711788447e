"""The channel block MXNet 1.9.1 (AVX-512) leaves a float32 2-D (de)convolution's output in, as probed through
BatchNorm's arithmetic on it (None: plain layout) and with DNNL_VERBOSE (blocks of 4)."""
import pytest

from distnet.ndarray import onednn

# (channels, filters, groups, training, transposed) -> block, each measured in MXNet 1.9.1
PROBED = {
    (3, 16, 1, True, False): 16, (3, 8, 1, True, False): 8, (3, 24, 1, True, False): 8, (3, 12, 1, True, False): None,
    (1, 20, 1, True, False): None, (12, 16, 1, True, False): 16, (12, 8, 1, True, False): None,
    (20, 16, 1, True, False): None, (20, 16, 1, False, False): 16, (24, 16, 1, True, False): 8,
    (24, 16, 1, False, False): 16, (40, 32, 1, True, False): 8, (32, 8, 1, True, False): 8,
    (4, 16, 2, True, False): 8, (8, 32, 2, True, False): 4, (32, 32, 2, True, False): 16,
    (16, 48, 2, True, False): 8, (6, 48, 3, True, False): 8, (2, 32, 2, True, False): 8,
    (10, 32, 2, True, False): None, (16, 16, 16, True, False): 16, (24, 24, 24, True, False): 8,
    (12, 12, 12, True, False): None, (16, 32, 16, True, False): None, (24, 24, 24, False, False): "acdb8",
    (16, 16, 16, False, False): 16,
    (16, 16, 1, True, True): 16, (3, 16, 1, True, True): None, (16, 8, 1, True, True): None,
    (8, 16, 1, True, True): None, (16, 16, 2, True, True): 8, (32, 32, 2, True, True): 16,
    (8, 16, 2, True, False): 4, (8, 8, 2, False, False): 4, (24, 32, 2, True, False): 4, (32, 24, 2, True, False): 4,
    (48, 16, 2, True, False): 8, (12, 16, 2, True, False): None, (8, 16, 2, True, True): 4, (8, 8, 2, False, True): 4,
}


@pytest.mark.skipif(onednn._LANES != 16, reason="probed with AVX-512 kernels")
@pytest.mark.parametrize("case", sorted(PROBED, key=str))
def test_conv_output_block_is_mxnets(case):
    channels, filters, groups, training, transposed = case
    assert onednn.conv_output_block(channels, filters, groups, 2, training, transposed) == PROBED[case]


@pytest.mark.parametrize("spatial_dims", [1, 3])
def test_conv_output_of_other_ranks_is_plain(spatial_dims):
    assert onednn.conv_output_block(3, 16, 1, spatial_dims, True) is None

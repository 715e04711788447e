"""count_sketch has no CPU kernel in MXNet 1.9.1: distnet refuses it with MXNet's error class and message."""
import pytest

import distnet as mx
from distnet.base import MXNetError

nd = mx.nd


def test_count_sketch_is_gpu_only():
    with pytest.raises(MXNetError, match="CountSketch is only available for GPU"):
        nd.contrib.count_sketch(nd.ones((2, 4)), nd.array([[0, 1, 2, 0]]), nd.array([[1, -1, 1, 1]]), out_dim=3)


def test_count_sketch_without_out_dim_names_the_missing_parameter():
    with pytest.raises(MXNetError, match=r"Required parameter out_dim of int is not presented, in operator "
                                         r"_contrib_count_sketch\(name=\"\", processing_batch_size=\"4\"\)$"):
        nd.contrib.count_sketch(nd.ones((2, 4)), nd.array([[0, 1, 2, 0]]), nd.array([[1, -1, 1, 1]]),
                                processing_batch_size=4)

"""A 32-bit draw that rounds up to 1.0 stays 1.0 in float32 uniforms, as in MXNet 1.9.1's build."""
import numpy as np

import distnet as mx


def test_uniform_float32_can_reach_high_exactly():
    # with seed 0, MXNet 1.9.1's draw 11453656 rounds to exactly 1.0 (it is not clamped below 1)
    mx.random.seed(0)
    u = mx.nd.random.uniform(shape=(40_000_000,)).asnumpy()
    assert u[11453656] == 1.0
    assert u.max() == 1.0 and int((u == 1.0).sum()) == 1

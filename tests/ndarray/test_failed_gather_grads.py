"""A gather past its axes fails its output and what reads it, not its gradient (MXNet's backward reads only the
positions and the output gradient, and scatters them at their flat offsets)."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd


@pytest.fixture(params=["nd", "np"])
def make(request):
    if request.param == "nd":
        yield mx.nd.array
        return
    mx.npx.set_np()
    try:
        yield mx.np.array
    finally:
        mx.npx.reset_np()


@pytest.mark.parametrize("key, grad", [
    ([0, 5], [2] * 12 + [0] * 12),
    (([0, 1], [3, 0]), [0] * 12 + [4] * 4 + [0] * 8),      # (0, 3) lands at the flat offset of (1, 0)
    ([-3], [0] * 24)])
def test_the_gradient_of_a_gather_past_its_axes_is_read_and_its_sum_fails(make, key, grad):
    x = make(np.arange(24.).reshape(2, 3, 4))
    x.attach_grad()
    with autograd.record():
        z = (x[key] * 2).sum()
    z.backward()
    assert x.grad.asnumpy().ravel().tolist() == grad
    with pytest.raises(IndexError, match="out of bounds"):
        z.asnumpy()

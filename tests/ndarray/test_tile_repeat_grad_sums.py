"""tile and repeat sum their gradients with MXNet's Kahan reducer (values recorded from MXNet 1.9.1)."""
import numpy as np
import pytest

from distnet import autograd, nd

CASES = [
    (lambda w: nd.tile(w, (7, 3)), (35, 12), ["-0x1.ed036ep+1", "-0x1.401390p+0", "0x1.a6f1e0p-6", "-0x1.1bcd3cp+2"]),
    (lambda w: nd.repeat(w, 9, axis=1), (5, 36), ["-0x1.2dc6f4p+1", "-0x1.de36e6p-3", "-0x1.875838p+1", "-0x1.2345e4p+1"]),
    (lambda w: nd.repeat(w, 6), (120,), ["-0x1.9ad30cp+0", "-0x1.d658a4p-1", "-0x1.15569ap-4", "-0x1.f50c00p+0"]),
]


@pytest.mark.parametrize("op, out_shape, expected", CASES)
def test_gradient_matches_mxnet_bits(op, out_shape, expected):
    w = nd.array(np.random.RandomState(9).uniform(-1, 1, (5, 4)))
    w.attach_grad()
    with autograd.record():
        y = op(w)
    y.backward(nd.array(np.random.RandomState(2).uniform(-1, 1, out_shape)))
    assert w.grad.asnumpy().ravel()[:4].tolist() == [float.fromhex(h) for h in expected]

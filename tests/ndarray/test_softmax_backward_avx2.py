"""Gradient rules recorded from MXNet 1.9.1 on an AVX2 CPU: oneDNN runs softmax/log_softmax backward in
its reference C++ loop there (libm expf, an in-order float sum); broadcast_maximum's gradients keep float32."""
import numpy as np
import pytest

from distnet import autograd, nd
from distnet.ndarray import onednn

LOG_SOFTMAX_GRAD = ["0x1.0ca12ap-1", "-0x1.a6aa1cp-1", "0x1.bf1420p-1", "-0x1.2de8f0p-2", "-0x1.1c2f5ap-2", "0x1.b30826p-2", "-0x1.c1af50p-2", "0x1.0c0fbcp-1", "-0x1.77bed0p-2", "-0x1.2370a4p-3", "0x1.de3f76p-4", "-0x1.f7fec0p-2", "0x1.2990f6p-2", "0x1.f51836p-5", "0x1.83add4p-6", "-0x1.24beb0p-2", "0x1.fd21bap-2", "0x1.326398p-3", "-0x1.85eb28p-1", "0x1.9a415cp-2"]
SOFTMAX_GRAD = ["0x1.38422ap-4", "-0x1.1a22f2p-7", "0x1.6e27b6p-4", "-0x1.68018ap-4", "-0x1.1b2400p-4", "0x1.77bb3ep-4", "0x1.709e10p-9", "-0x1.f3fd2cp-4", "0x1.fbef82p-9", "0x1.8375e8p-6", "0x1.b7cbb0p-5", "-0x1.b4e2a8p-4", "0x1.7117f2p-7", "0x1.21a268p-5", "0x1.a089ecp-8", "-0x1.392142p-5", "0x1.e8f8bap-3", "0x1.3a541ap-7", "-0x1.b1b2a0p-3", "0x1.ae7b58p-10"]
SHARED_MAX_GRAD = ["0x1.2ae43cp-3", "-0x1.a612e6p-2", "-0x1.a5ee90p-4", "-0x1.a8f7ccp-3", "-0x1.209e14p-1", "-0x1.1964a6p-1"]


def _fromhex(values):
    return [float.fromhex(h) for h in values]


@pytest.mark.parametrize("op, expected", [(nd.log_softmax, LOG_SOFTMAX_GRAD), (nd.softmax, SOFTMAX_GRAD)])
def test_softmax_backward_on_avx2_follows_the_reference_kernel(monkeypatch, op, expected):
    monkeypatch.setattr(onednn, "JIT_SOFTMAX_BACKWARD", False)
    r = np.random.RandomState(2)
    x = nd.array(r.uniform(-3, 3, (4, 5)))
    dy = nd.array(r.uniform(-1, 1, (4, 5)))
    x.attach_grad()
    with autograd.record():
        y = op(x)
    y.backward(dy)
    assert x.grad.asnumpy().ravel().tolist() == _fromhex(expected)


def test_broadcast_maximum_gradient_stays_float32():
    r = np.random.RandomState(4)
    x = nd.array(r.uniform(-1, 1, (16, 3)))
    y = nd.array(r.uniform(0, 1, (16, 3)))
    x.attach_grad()
    with autograd.record():
        c = nd.sum(x * y, axis=-1).reshape((-1, 1)) / nd.norm(x, axis=-1).reshape((-1, 1))
        loss = -c + nd.broadcast_maximum(nd.array([0]), c * 0)
    loss.backward()
    assert x.grad.asnumpy().ravel()[:6].tolist() == _fromhex(SHARED_MAX_GRAD)

"""BatchNorm on a convolution's output for the AVX2 fixture (bn_avx2_mxnet_1.9.1.npz): oneDNN's AVX2 direct and
depthwise kernels leave it in blocks of 8 channels, whose BatchNorm kernel keeps one running sum per channel."""
import zlib

import numpy as np

# (images, channels, spatial, filters, groups): up to 32768 terms per channel; depthwise convolutions of 8k channels
CASES = [(2, 3, 8, 16, 1), (4, 3, 16, 16, 1), (32, 3, 32, 16, 1), (2, 16, 8, 16, 1), (8, 16, 16, 16, 1),
         (2, 8, 8, 8, 1), (16, 8, 16, 8, 1), (3, 3, 9, 24, 1), (2, 16, 8, 16, 16), (8, 32, 16, 32, 32),
         (4, 24, 10, 24, 24)]


def results(mx):
    """The CRC-32 of every case's BatchNorm output, data gradient (through the convolution), gamma and beta
    gradients and moving variance from ``mx`` (MXNet or distnet)."""
    rng = np.random.RandomState(0)
    out = {"y": [], "dx": [], "dgamma": [], "dbeta": [], "var": []}
    for n, c, hw, f, groups in CASES:
        x, w = (mx.nd.array(rng.uniform(-1, 1, shape).astype(np.float32))
                for shape in ((n, c, hw, hw), (f, c // groups, 3, 3)))
        gamma, beta = (mx.nd.array(rng.uniform(0.5, 1.5, f).astype(np.float32)) for _ in range(2))
        mean, var = mx.nd.zeros(f), mx.nd.ones(f)
        for a in (x, gamma, beta):
            a.attach_grad()
        with mx.autograd.record():
            h = mx.nd.Convolution(x, w, no_bias=True, kernel=(3, 3), pad=(1, 1), num_filter=f, num_group=groups)
            y = mx.nd.BatchNorm(h, gamma, beta, mean, var, fix_gamma=False)
        y.backward(mx.nd.array(rng.uniform(-1, 1, y.shape).astype(np.float32)))
        for name, a in (("y", y), ("dx", x.grad), ("dgamma", gamma.grad), ("dbeta", beta.grad), ("var", var)):
            out[name].append(zlib.crc32(a.asnumpy().tobytes()))
    out["before_conv"] = [_before_conv_crc(mx, rng, *case) for case in BEFORE_CONV]
    return {name: np.array(crcs, np.uint32) for name, crcs in out.items()}


# (images, channels, spatial, filters): BatchNorm of plain data before a convolution, whose data gradient reaches
# BatchNorm's backward in blocks of 8 channels (over 8k channels) or plain
BEFORE_CONV = [(2, 16, 4, 16), (2, 8, 8, 16), (2, 24, 2, 24), (2, 16, 7, 64), (3, 12, 4, 16)]


def _before_conv_crc(mx, rng, n, c, hw, f):
    """The CRC-32 of the data, gamma and beta gradients of BatchNorm -> 3x3 convolution."""
    x, w = (mx.nd.array(rng.uniform(-1, 1, shape).astype(np.float32)) for shape in ((n, c, hw, hw), (f, c, 3, 3)))
    gamma, beta = (mx.nd.array(rng.uniform(0.5, 1.5, c).astype(np.float32)) for _ in range(2))
    for a in (x, gamma, beta):
        a.attach_grad()
    with mx.autograd.record():
        h = mx.nd.BatchNorm(x, gamma, beta, mx.nd.zeros(c), mx.nd.ones(c), fix_gamma=False, eps=1e-5)
        y = mx.nd.Convolution(h, w, no_bias=True, kernel=(3, 3), pad=(1, 1), num_filter=f)
    y.backward(mx.nd.array(rng.uniform(-1, 1, y.shape).astype(np.float32)))
    return zlib.crc32(b"".join(a.asnumpy().tobytes() for a in (x.grad, gamma.grad, beta.grad)))

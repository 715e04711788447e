"""BatchNorm over a convolution's output written channels last by oneDNN's reference kernel (one large image, 4k or 8k filters) trains and differentiates with oneDNN's SSE4.1 or AVX2 kernels for that layout."""
import zlib
import numpy as np
import mxnet as mx


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


rng = np.random.RandomState(7)
for n, c, f, hw, k in ((1, 16, 4, 28, 5), (1, 12, 8, 28, 7), (1, 8, 12, 28, 7), (2, 16, 4, 20, 7)):
    for train in (False, True):
        x = mx.nd.array(rng.normal(size=(n, c, hw, hw)))
        w = mx.nd.array(rng.normal(size=(f, c, k, k)))
        b = mx.nd.array(rng.normal(size=(f,)))
        gamma = mx.nd.array(rng.uniform(0.5, 1.5, size=(f,)))
        beta = mx.nd.array(rng.normal(size=(f,)))
        mm = mx.nd.array(rng.normal(size=(f,)))
        mv = mx.nd.array(rng.uniform(0.5, 2, size=(f,)))
        for a in (x, w, gamma, beta):
            a.attach_grad()
        with mx.autograd.record(train_mode=train):
            y = mx.nd.Convolution(x, w, b, kernel=(k, k), pad=(k // 2, k // 2), num_filter=f)
            z = mx.nd.BatchNorm(y, gamma, beta, mm, mv, fix_gamma=False)
            r = mx.nd.relu(z)
        r.backward(mx.nd.array(rng.normal(size=r.shape)))
        print((n, c, f, hw, k), train, "out", crc(y), crc(z))
        print("  grads", crc(x.grad), crc(w.grad), crc(gamma.grad), crc(beta.grad))
        print("  moving", mm.asnumpy()[:3], mv.asnumpy()[:3])

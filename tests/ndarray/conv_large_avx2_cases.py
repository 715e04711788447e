"""Layer-sized convolutions for the AVX2 fixture (conv_large_avx2_mxnet_1.9.1.npz): small networks' layers (LeNet's,
a CIFAR net's first ones) on batches of 17 to 64 images."""
import zlib

import numpy as np

# (images, channels, spatial, filters, kernel, pad, stride)
CASES = [(32, 1, (28, 28), 6, (5, 5), (0, 0), 1), (64, 1, (28, 28), 6, (5, 5), (0, 0), 1),
         (32, 6, (12, 12), 16, (5, 5), (0, 0), 1), (64, 6, (12, 12), 16, (3, 3), (0, 0), 1),
         (17, 3, (32, 32), 16, (3, 3), (1, 1), 1), (32, 3, (32, 32), 10, (3, 3), (1, 1), 1),
         (32, 16, (16, 16), 20, (3, 3), (1, 1), 1), (20, 16, (16, 16), 32, (3, 3), (1, 1), 1),
         (64, 1, (28, 28), 8, (3, 3), (1, 1), 1),
         # a ResNet's later stages on small maps: 1x1 kernels (channels in 128s), single output positions
         (2, 256, (2, 2), 512, (3, 3), (1, 1), 2), (2, 256, (2, 2), 512, (1, 1), (0, 0), 2),
         (2, 512, (1, 1), 512, (3, 3), (1, 1), 1), (2, 128, (4, 4), 256, (1, 1), (0, 0), 2),
         (2, 256, (4, 4), 256, (1, 1), (0, 0), 1), (2, 16, (16, 16), 32, (1, 1), (0, 0), 1)]


def results(mx):
    """The CRC-32 of every case's output (recorded), data gradient and weight gradient from ``mx`` (MXNet or
    distnet)."""
    rng = np.random.RandomState(0)
    out = {"y": [], "dx": [], "dw": []}
    for n, c, spatial, f, k, p, stride in CASES:
        args = [mx.nd.array(rng.uniform(-1, 1, shape).astype(np.float32))
                for shape in ((n, c) + spatial, (f, c) + k, (f,))]
        for a in args:
            a.attach_grad()
        with mx.autograd.record():
            y = mx.nd.Convolution(*args, kernel=k, pad=p, stride=(stride, stride), num_filter=f)
        y.backward(mx.nd.array(rng.uniform(-1, 1, y.shape).astype(np.float32)))
        out["y"].append(zlib.crc32(y.asnumpy().tobytes()))
        out["dx"].append(zlib.crc32(args[0].grad.asnumpy().tobytes()))
        out["dw"].append(zlib.crc32(args[1].grad.asnumpy().tobytes()))
    return {name: np.array(crcs, np.uint32) for name, crcs in out.items()}

"""Larger FullyConnected products for the AVX2 fixture (fc_large_avx2_mxnet_1.9.1.npz): layer sizes of small
networks (LeNet's, an MNIST MLP's, an LSTM's input product), up to 2**28 multiply-adds."""
import zlib

import numpy as np

# (rows, units, outputs)
SHAPES = [(32, 400, 120), (32, 120, 84), (64, 784, 256), (128, 300, 100), (100, 256, 10), (256, 512, 64),
          (97, 1000, 33), (50, 257, 200), (8, 2048, 16), (300, 100, 300), (64, 64, 128), (2, 700, 500),
          # oneDNN's packing kernel (rows and outputs both above some 520): units in one block, two halves, 192s
          (640, 64, 512), (530, 100, 530), (600, 300, 600), (600, 500, 540), (640, 64, 384)]


def results(mx):
    """The CRC-32 of every case's output and of its data, weight and bias gradients from ``mx`` (MXNet or distnet)."""
    rng = np.random.RandomState(0)
    out = {"fwd": [], "dx": [], "dw": [], "db": []}
    for rows, units, outs in SHAPES:
        args = [mx.nd.array(rng.uniform(-1, 1, shape).astype(np.float32))
                for shape in ((rows, units), (outs, units), (outs,))]
        for a in args:
            a.attach_grad()
        with mx.autograd.record():
            y = mx.nd.FullyConnected(*args, num_hidden=outs)
        y.backward(mx.nd.array(rng.uniform(-1, 1, (rows, outs)).astype(np.float32)))
        out["fwd"].append(zlib.crc32(y.asnumpy().tobytes()))
        for name, a in zip(("dx", "dw", "db"), args):
            out[name].append(zlib.crc32(a.grad.asnumpy().tobytes()))
    return {name: np.array(crcs, np.uint32) for name, crcs in out.items()}

"""float64 Convolution/Deconvolution weight gradients over several images and FullyConnected gradients into 'add' buffers add each gemm block onto the buffer in turn (beta 1), as MXNet's own kernels do."""
# recorded on AVX2
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn


def crc(a):
    return "%08x" % zlib.crc32(a.asnumpy().tobytes())


def grads(blk, shape, req, steps, hybrid=False):
    mx.random.seed(41)
    np.random.seed(41)
    blk.initialize(mx.init.Xavier())
    blk.cast("float64")
    blk.collect_params().setattr("grad_req", req)
    if hybrid:
        blk.hybridize(static_alloc=True)
    x = nd.array(np.random.uniform(-1, 1, shape), dtype="float64")
    x.attach_grad(grad_req=req)
    for _ in range(steps):
        with autograd.record():
            y = blk(x)
            loss = (y * nd.array(np.random.uniform(-1, 1, y.shape), dtype="float64")).sum()
        loss.backward()
    return crc(y), crc(x.grad), [crc(p.grad()) for _, p in sorted(blk.collect_params().items())]


# weight gradients of several images, the inner size (positions) above one gemm block, many filters
for c, f, size, k, g in [(3, 64, 28, 7, 1), (2, 32, 17, 3, 1), (4, 32, 17, 3, 4)]:
    print("conv", (c, f, size, k, g), grads(nn.Conv2D(f, k, padding=k // 2, groups=g), (3, c, size, size), "write", 1))
    print("conv1d", (c, f, size, k, g), grads(nn.Conv1D(f, k, groups=g), (2, c, size * 20), "write", 1))
    print("deconv1d", (c, f, size, k, g), grads(nn.Conv1DTranspose(f, k, groups=g, in_channels=c), (2, c, size * 15), "write", 1))

# Dense layers asked to add: batches (the weight's inner size) and units (the data's) beyond one block
for n, k, units in [(300, 30, 20), (700, 5, 3), (5, 20, 300), (300, 60, 270)]:
    for hybrid in (False, True):
        print("dense", (n, k, units), hybrid, grads(nn.Dense(units), (n, k), "add", 2, hybrid))
    print("dense flat=False", (n, k, units), grads(nn.Dense(units, flatten=False), (n, 2, k), "add", 2))

# a float64 model trained with its gradients added over two steps
mx.random.seed(41)
np.random.seed(41)
net = nn.HybridSequential()
net.add(nn.Conv2D(24, 3, padding=1, activation="tanh"), nn.Flatten(), nn.Dense(10))
net.initialize(mx.init.Xavier())
net.cast("float64")
net.collect_params().setattr("grad_req", "add")
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.01, "momentum": 0.9})
for step in range(3):
    x = nd.array(np.random.uniform(-1, 1, (4, 3, 18, 18)), dtype="float64")
    with autograd.record():
        loss = gluon.loss.SoftmaxCrossEntropyLoss()(net(x), nd.array(np.random.randint(0, 10, (4,)), dtype="float64"))
    loss.backward()
    if step:
        trainer.step(4)
        net.collect_params().zero_grad()
    print(step, loss.asnumpy().tolist(), [crc(p.data()) for _, p in sorted(net.collect_params().items())])

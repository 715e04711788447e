# FullyConnected / Dense outputs to the last bit for small float32 problems (oneDNN's inner product).
import numpy as np
import mxnet as mx
from mxnet import nd, gluon

rng = np.random.RandomState(11)
for (m, k, n) in ((2, 3, 4), (4, 8, 5), (10, 20, 6), (15, 33, 16), (20, 30, 7), (64, 16, 10), (16, 60, 4)):
    a = rng.randn(m, k).astype(np.float32)
    w = rng.randn(n, k).astype(np.float32)
    b = rng.randn(n).astype(np.float32)
    y = nd.FullyConnected(nd.array(a), nd.array(w), nd.array(b), num_hidden=n)
    print((m, k, n), y.asnumpy().ravel()[:6].tolist())
mx.random.seed(3)
net = gluon.nn.Dense(3, activation="relu")
net.initialize(mx.init.Xavier())
print(net(nd.random.uniform(shape=(5, 7))).asnumpy().tolist())
x = nd.random.normal(shape=(4, 2, 6))
print(nd.FullyConnected(x, nd.ones((3, 6)) * 0.1, no_bias=True, num_hidden=3, flatten=False).asnumpy().ravel().tolist())

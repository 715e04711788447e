"""PReLU's alpha gradient over many elements (a shared alpha on a feature map, or one per channel) is MXNet's
Kahan-compensated sum, bit for bit, in layers and trained models alike."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn

rs = np.random.RandomState(0)
for shape in [(2, 3, 4), (2, 8, 32, 32), (3, 32, 11, 5, 5), (1, 1, 1000), (1, 1, 5000), (1, 1, 20000),
              (1, 1, 70000), (2, 64, 16, 16), (4, 16, 9, 9), (8, 4100)]:
    for channels in (1, shape[1]):
        x = nd.array(rs.uniform(-1, 1, shape))
        gamma = nd.array(rs.uniform(0.1, 0.3, (channels,)))
        x.attach_grad()
        gamma.attach_grad()
        with autograd.record():
            y = nd.LeakyReLU(x, gamma, act_type="prelu")
        y.backward(nd.array(rs.uniform(-1, 1, shape)))
        print(shape, channels, gamma.grad.asnumpy()[:3].tolist())

for hybrid in (False, True):
    mx.random.seed(5)
    net = nn.HybridSequential()
    net.add(nn.Conv2D(16, 3, padding=1, in_channels=3), nn.PReLU(), nn.Conv2D(4, 3, in_channels=16), nn.PReLU())
    net.initialize()
    if hybrid:
        net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.01})
    x = nd.array(rs.uniform(-1, 1, (4, 3, 24, 24)))
    for step in range(2):
        with autograd.record():
            loss = (net(x) ** 2).mean()
        loss.backward()
        trainer.step(4)
        print(hybrid, step, "%.7g" % loss.asscalar(), net[1].alpha.data().asnumpy().tolist(),
              net[3].alpha.data().asnumpy().tolist())

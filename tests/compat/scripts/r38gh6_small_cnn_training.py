"""A small CNN (grouped strided conv, ceil-mode max pool, padded avg pool without pad counting, BN, dropout, LayerNorm) trained with Adam from a shuffled DataLoader, imperative and hybridized."""
# recorded on AVX2
import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd

nn = gluon.nn
mx.random.seed(42)
np.random.seed(42)
X = np.random.rand(48, 1, 12, 12).astype('float32')
Y = (X.mean(axis=(1, 2, 3)) > 0.5).astype('float32') + (X[:, 0, 0, 0] > 0.5)
loader = gluon.data.DataLoader(gluon.data.ArrayDataset(X, Y), batch_size=16, shuffle=True, last_batch='rollover')

for hybrid in [False, True]:
    mx.random.seed(7)
    net = nn.HybridSequential()
    net.add(nn.Conv2D(4, 3, padding=1, activation='relu'), nn.BatchNorm(), nn.MaxPool2D(2, ceil_mode=True),
            nn.Conv2D(8, 3, strides=2, groups=2, use_bias=False), nn.LeakyReLU(0.1),
            nn.AvgPool2D(2, count_include_pad=False, padding=1), nn.Dropout(0.2), nn.Flatten(),
            nn.Dense(16, activation='tanh'), nn.LayerNorm(), nn.Dense(3))
    net.initialize(mx.init.Xavier(magnitude=2.0))
    if hybrid:
        net.hybridize(static_alloc=True)
    trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.01, 'wd': 1e-4})
    loss_fn = gluon.loss.SoftmaxCELoss()
    acc, ce = mx.metric.Accuracy(), mx.metric.CrossEntropy()
    for epoch in range(2):
        total = 0.0
        for x, y in loader:
            with autograd.record():
                out = net(x)
                loss = loss_fn(out, y)
            loss.backward()
            trainer.step(x.shape[0])
            total += loss.sum().asscalar()
            acc.update(y, out)
            ce.update(y, nd.softmax(out))
        print(hybrid, epoch, repr(total), acc.get(), ce.get())
    print(net[0].weight.data()[0, 0])
    print(net[-1].bias.data(), net[1].running_var.data())

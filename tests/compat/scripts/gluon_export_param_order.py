import os
import tempfile

import mxnet as mx

mx.random.seed(0)
net = mx.gluon.nn.HybridSequential()
with net.name_scope():
    net.add(mx.gluon.nn.Conv2D(4, 3, padding=1, activation='relu'), mx.gluon.nn.BatchNorm(), mx.gluon.nn.MaxPool2D(),
            mx.gluon.nn.Flatten(), mx.gluon.nn.Dense(10), mx.gluon.nn.BatchNorm())
net.initialize()
net.hybridize()
net(mx.nd.ones((1, 3, 8, 8)))
with tempfile.TemporaryDirectory() as tmp:
    net.export(os.path.join(tmp, 'm'), epoch=2)
    print(sorted(os.listdir(tmp)))
    print(list(mx.nd.load(os.path.join(tmp, 'm-0002.params'))))
    with open(os.path.join(tmp, 'm-0002.params'), 'rb') as f:
        print(len(f.read()))

# Small gluon models trained three steps through gluon.Trainer (several optimizers, kvstores, hybridized or
# not): a 3-D convolution into Dense, padded 1x1 convolutions and transposed convolutions, stacked GRU/LSTM
# layers over a batch of one, an Embedding model; the loss, output, and every parameter's data and gradient
# after each step as float32 digests.
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn, rnn


def digest(a):
    return hashlib.md5(a.asnumpy().astype(np.float32).tobytes()).hexdigest()[:8]


def conv3d_dense():
    return [nn.Conv3D(4, 1, padding=1, activation='tanh'), nn.Activation('sigmoid'), nn.Dense(4)], (1, 2, 3, 3, 3)


def padded_1x1():
    return [nn.Conv2D(4, 1, padding=1, groups=2, activation='relu'), nn.Conv2D(8, 1, padding=1),
            nn.Conv2DTranspose(2, 1, padding=1, activation='relu'), nn.Dense(3)], (2, 2, 4, 4)


def deconv_1d():
    return [nn.Conv1D(8, 3, padding=1), nn.Conv1DTranspose(3, 1, strides=2, padding=1), nn.Flatten(), nn.Dense(2)], \
        (1, 2, 6)


def gru_stack():
    return [rnn.GRU(3, num_layers=2, input_size=3), nn.Dense(4)], (2, 1, 3)


def lstm_stack():
    return [rnn.LSTM(5, num_layers=2, input_size=5), nn.Dense(2)], (3, 1, 5)


def lstm_one_step():
    return [rnn.LSTM(3, num_layers=1, layout='NTC'), nn.Dense(3)], (1, 1, 2)


MODELS = [  # builder, hybridize, optimizer, optimizer params, loss, kvstore, update_on_kvstore
    (conv3d_dense, True, 'sgd', {'learning_rate': 0.1, 'momentum': 0.9}, 'l2', 'device', None),
    (conv3d_dense, False, 'adam', {'learning_rate': 0.01}, 'sce', None, None),
    (padded_1x1, True, 'nag', {'learning_rate': 0.1, 'momentum': 0.5, 'wd': 0.01}, 'sce', 'local', False),
    (padded_1x1, False, 'rmsprop', {'learning_rate': 0.01, 'centered': True}, 'l1', 'device', False),
    (deconv_1d, True, 'adagrad', {'learning_rate': 0.1}, 'huber', None, None),
    (gru_stack, True, 'sgd', {'learning_rate': 0.5, 'clip_gradient': 1.0}, 'l2', 'device', False),
    (gru_stack, False, 'ftml', {'learning_rate': 0.05}, 'sce', None, None),
    (lstm_stack, False, 'signum', {'learning_rate': 0.01, 'momentum': 0.9}, 'l2', 'local', None),
    (lstm_one_step, True, 'lamb', {'learning_rate': 0.01}, 'sce', None, None),
]

for n, (build, hybridize, opt, params, loss_name, kv, uok) in enumerate(MODELS):
    layers, shape = build()
    net = nn.HybridSequential()
    net.add(*layers)
    mx.random.seed(100 + n)
    net.initialize(mx.init.Xavier('gaussian', 'in', 2))
    if hybridize:
        net.hybridize()
    rs = np.random.RandomState(n)
    x = nd.array(rs.uniform(-1, 1, shape).astype(np.float32))
    with autograd.predict_mode():
        out = net(x)
    if loss_name == 'sce':
        loss, label = gluon.loss.SoftmaxCrossEntropyLoss(), nd.array(rs.randint(0, out.shape[-1], out.shape[:-1]))
    else:
        loss = {'l2': gluon.loss.L2Loss(), 'l1': gluon.loss.L1Loss(), 'huber': gluon.loss.HuberLoss()}[loss_name]
        label = nd.array(rs.uniform(-1, 1, out.shape).astype(np.float32))
    trainer = gluon.Trainer(net.collect_params(), opt, params, kvstore=kv, update_on_kvstore=uok)
    print(n, build.__name__, hybridize, opt, loss_name, 'predicted', digest(out))
    for step in range(3):
        with autograd.record():
            out = net(x)
            L = loss(out, label)
        L.backward()
        trainer.step(x.shape[0])
        print('  step', step, 'loss', digest(L), 'out', digest(out))
        print('   ', ' '.join('%s:%s/%s' % (name.split('_', 1)[1], digest(p.data()), digest(p.grad()))
                              for name, p in net.collect_params().items()))

"""A float16 weight updated through a float32 master copy whose update failed in a kernel carries the error (trainer.step returns; the next read raises it once), as MXNet's engine does."""
import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd


def err(f):
    try:
        r = f()
        return repr(r.asnumpy().ravel()[:3].tolist()) if hasattr(r, 'asnumpy') else repr(r)
    except mx.MXNetError as e:
        return 'MXNetError: ' + str(e).strip().splitlines()[-1]


def case(opt, kw, lr_mult, noisy):
    mx.random.seed(3)
    np.random.seed(3)
    net = gluon.nn.HybridSequential()
    net.add(gluon.nn.Embedding(5, 3), gluon.nn.LayerNorm())
    net.initialize(mx.init.Constant(-0.1))
    net.cast('float16')
    net[0].weight.lr_mult = lr_mult
    tr = gluon.Trainer(net.collect_params(), opt, dict(kw, multi_precision=True))
    x = nd.array(np.random.randint(0, 5, (2, 2)), dtype='float16')
    with autograd.record():
        out = net(x)
        if noisy:       # a sampler refusing scale 0: its result carries the kernel's error
            out = out * nd.random.normal(0, 0, shape=out.shape, dtype='float16')
    out.backward()
    print(opt, kw, lr_mult, noisy, 'step:', err(lambda: tr.step(2)))
    print('  weight:', err(lambda: net[0].weight.data()))
    print('  again: ', err(lambda: net[0].weight.data().shape))
    print('  beta:  ', err(lambda: net[1].beta.data()))


case('sgld', {'learning_rate': 0.05}, 0.0, False)
case('sgld', {'learning_rate': 0.05}, 1.0, False)
case('sgd', {'learning_rate': 0.1, 'momentum': 0.9}, 1.0, True)
case('adam', {'learning_rate': 0.1}, 1.0, True)
case('sgd', {'learning_rate': 0.1}, 1.0, False)

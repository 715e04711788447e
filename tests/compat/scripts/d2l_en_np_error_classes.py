"""d2l-en (np era) edge cases: which error class MXNet raises (and when) for deferred parameters, unreadable
parameter files, GPU contexts on a CPU build, legacy-only helpers and layers fed mx.np arrays, row_sparse
parameters, verbose initialisation, float16 layers on CPU, autograd misuse."""
import logging
import os
import tempfile

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(21)
logging.disable(logging.CRITICAL)


def attempt(label, fn):
    try:
        out = fn()
    except Exception as e:      # the class is what is compared; messages are each library's own
        print(label, '->', type(e).__name__)
    else:
        print(label, '=', out)


tmp = tempfile.mkdtemp()
net = nn.Sequential()
net.add(nn.Dense(4, activation='relu'), nn.Dense(2))
attempt('data before initialize', lambda: net[0].weight.data())
net.initialize()
attempt('data while deferred', lambda: net[0].weight.data())
attempt('grad while deferred', lambda: net[0].weight.grad())
attempt('shape while deferred', lambda: net[0].weight.shape)
x = np.ones((2, 3))
attempt('legacy input', lambda: net(x.as_nd_ndarray()))
attempt('forward', lambda: net(x).shape)
attempt('wrong in_units', lambda: net(np.ones((2, 5))))
attempt('set_data wrong shape', lambda: net[0].weight.set_data(np.ones((3, 3))))
attempt('set_data legacy', lambda: net[0].weight.set_data(mx.nd.ones((4, 3))))
attempt('as_in_context same object', lambda: x.as_in_context(mx.cpu()) is x)
attempt('as_in_ctx same object', lambda: x.as_in_ctx(mx.cpu()) is x)

attempt('load_parameters missing file', lambda: nn.Dense(2).load_parameters(os.path.join(tmp, 'nope.params')))
attempt('ParameterDict.load missing file', lambda: nn.Dense(2).collect_params().load(os.path.join(tmp, 'nope')))
attempt('npx.load missing file', lambda: npx.load(os.path.join(tmp, 'nope')))
attempt('npx.save legacy array', lambda: npx.save(os.path.join(tmp, 'a'), mx.nd.ones(2)))
attempt('npx.save mixed list', lambda: npx.save(os.path.join(tmp, 'b'), [np.ones(2), 3]))
attempt('ParameterDict.save under np', lambda: net.collect_params().save(os.path.join(tmp, 'c')))
net.save_parameters(os.path.join(tmp, 'net.params'))
bigger = nn.Sequential()
bigger.add(nn.Dense(4, activation='relu'), nn.Dense(2), nn.Dense(3))
attempt('load missing parameter', lambda: bigger.load_parameters(os.path.join(tmp, 'net.params')))
smaller = nn.Sequential()
smaller.add(nn.Dense(4, activation='relu'))
attempt('load extra parameter', lambda: smaller.load_parameters(os.path.join(tmp, 'net.params')))
for f in os.listdir(tmp):
    os.remove(os.path.join(tmp, f))
os.rmdir(tmp)

attempt('np.ones on gpu', lambda: np.ones((2,), ctx=npx.gpu()))
attempt('copyto gpu', lambda: x.copyto(npx.gpu(1)))
attempt('initialize on gpu', lambda: (lambda d: (d.initialize(ctx=npx.gpu()), d(x)))(nn.Dense(2)))
mx.random.seed(5)
attempt('uniform on gpu', lambda: np.random.uniform(size=(2,), ctx=npx.gpu()))
attempt('normal on gpu', lambda: np.random.normal(0, 1, (2,), ctx=npx.gpu()))
attempt('randint on gpu', lambda: np.random.randint(0, 5, size=(2,), ctx=npx.gpu()))
attempt('uniform after the refusals', lambda: np.random.uniform(size=(2,)))
attempt('uniform on cpu(1)', lambda: np.random.uniform(size=(2,), ctx=mx.cpu(1)).ctx)

attempt('clip_global_norm np arrays', lambda: gluon.utils.clip_global_norm([np.ones(3)], 1.0))
attempt('clip_global_norm legacy arrays', lambda: round(gluon.utils.clip_global_norm([mx.nd.ones(4)], 1.0), 4))
attempt('metric on np arrays', lambda: mx.metric.Accuracy().update([np.array([0, 1])], [np.array([[0.3, 0.7], [0.1, 0.9]])]))
for name, loss in (('HuberLoss', gluon.loss.HuberLoss()), ('HingeLoss', gluon.loss.HingeLoss()),
                   ('KLDivLoss', gluon.loss.KLDivLoss())):
    attempt(name + ' on np arrays', lambda: loss(np.ones((2, 2)), np.zeros((2, 2))))
for name, make, shape in (('SyncBatchNorm', lambda: gluon.contrib.nn.SyncBatchNorm(in_channels=3, num_devices=1), (2, 3)),
                          ('PixelShuffle2D', lambda: gluon.contrib.nn.PixelShuffle2D(2), (1, 4, 1, 1))):
    for hybrid in (False, True):
        layer = make()
        layer.initialize()
        if hybrid:
            layer.hybridize()
        attempt(f'{name} hybridized={hybrid}', lambda: layer(np.ones(shape)).shape)
deferred_bn = gluon.contrib.nn.SyncBatchNorm(num_devices=1)
deferred_bn.initialize()
attempt('SyncBatchNorm deferred', lambda: deferred_bn(np.ones((2, 3))))

emb = nn.Embedding(5, 2, sparse_grad=True)
attempt('Embedding sparse_grad initialize', emb.initialize)
attempt('its weight after the refusal', lambda: emb.weight.data().shape)
attempt('SparseEmbedding initialize', lambda: gluon.contrib.nn.SparseEmbedding(5, 2).initialize())
attempt('verbose initialize', lambda: nn.Dense(2, in_units=3).initialize(init.Normal(), verbose=True))
lazy = nn.Dense(2, use_bias=False)
lazy.initialize(init.Normal(), verbose=True)
attempt('verbose deferred initialize', lambda: lazy(x))

half = nn.Dense(2)
half.initialize()
half(x)
half.cast('float16')
y = half(x.astype('float16'))
attempt('float16 Dense result', lambda: (type(y).__name__, y.shape, str(y.dtype)))
z = y * 2
attempt('computed from it', lambda: type(z).__name__)
attempt('first read', lambda: z.asnumpy())
attempt('second read', lambda: z.shape)

a = np.arange(3.0)
attempt('backward without record', lambda: (a.attach_grad(), (a * a).sum().backward()))
def backward_twice():
    a.attach_grad()
    with autograd.record():
        s = (a * a).sum()
    s.backward()
    s.backward()
attempt('backward twice', backward_twice)
def assign_in_graph():
    a.attach_grad()
    with autograd.record():
        b = a * 2
        b[0] = 5
        s = b.sum()
    s.backward()
attempt('assign into a recorded array', assign_in_graph)

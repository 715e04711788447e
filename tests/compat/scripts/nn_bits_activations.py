# float32 activations to the last bit: oneDNN's tanh/sigmoid/softrelu/elu/gelu (1-5 dimensions) versus
# MXNet's own kernels (6 dimensions, float16/float64), their gradients, softmax layouts, mixed dtypes
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd


def bits(a):
    a = a.asnumpy() if hasattr(a, 'asnumpy') else a
    w = {2: np.uint16, 4: np.uint32, 8: np.uint64}[a.dtype.itemsize]
    return ' '.join('%x' % v for v in a.reshape(-1).view(w))


def fwd_bwd(f, x, dy):
    x = x.copy()
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward(dy)
    return y, x.grad


rng = np.random.RandomState(42)
base = (rng.randn(24) * 3).astype(np.float32)
head = rng.uniform(-2, 2, 24).astype(np.float32)
for act in ['tanh', 'sigmoid', 'softrelu', 'relu', 'softsign']:
    for shape in [(24,), (4, 6), (2, 3, 2, 2), (1, 2, 3, 2, 2), (1, 2, 3, 1, 2, 2)]:
        for dtype in ['float32', 'float16', 'float64']:
            x = nd.array(base.reshape(shape), dtype=dtype)
            y, g = fwd_bwd(lambda a: nd.Activation(a, act_type=act), x, nd.array(head.reshape(shape), dtype=dtype))
            print(act, shape, dtype, 'y', bits(y))
            print(act, shape, dtype, 'g', bits(g))

print('nd.tanh', bits(nd.tanh(nd.array(base))))
print('tanh edges', bits(nd.Activation(nd.array([0.0, -0.0, 4e-4, 4.3e-4, 9.0, 9.02, 20.0, float('inf'),
                                                   -float('inf'), float('nan')]), act_type='tanh')))

for kw in [dict(act_type='leaky'), dict(act_type='leaky', slope=0.1), dict(act_type='elu'),
           dict(act_type='elu', slope=0.7), dict(act_type='selu'), dict(act_type='gelu')]:
    for shape in [(4, 6), (1, 2, 3, 1, 2, 2)]:
        for dtype in ['float32', 'float64']:
            if kw['act_type'] == 'gelu' and dtype == 'float64':
                continue
            x = nd.array(base.reshape(shape), dtype=dtype)
            y, g = fwd_bwd(lambda a: nd.LeakyReLU(a, **kw), x, nd.array(head.reshape(shape), dtype=dtype))
            print('LeakyReLU', kw, shape, dtype, bits(y), '|', bits(g))

for op in ['softmax', 'log_softmax']:
    for shape, axis, t in [((4, 6), -1, None), ((2, 3, 4), -1, None), ((1, 2, 3, 2, 2), -1, None),
                           ((4, 6), 0, None), ((2, 3, 4), 1, 2.0), ((24,), 0, 0.5)]:
        x = nd.array(base.reshape(shape))
        kw = {} if t is None else {'temperature': t}
        y, g = fwd_bwd(lambda a: getattr(nd, op)(a, axis=axis, **kw), x, nd.array(head.reshape(shape)))
        print(op, shape, axis, t, bits(y), '|', bits(g))

# output layers and PReLU's slope gradient
gamma = nd.array([0.1, 0.2, 0.3])
gamma.attach_grad()
x = nd.array(base.reshape(2, 3, 4))
y, g = fwd_bwd(lambda a: nd.LeakyReLU(a, gamma, act_type='prelu'), x, nd.array(head.reshape(2, 3, 4)))
print('prelu', bits(y), '|', bits(g), '|', bits(gamma.grad))
label = nd.array(np.abs(head.reshape(4, 6)) / 2)
for op in ['LogisticRegressionOutput', 'LinearRegressionOutput', 'MAERegressionOutput']:
    y, g = fwd_bwd(lambda a: getattr(nd, op)(a, label, grad_scale=0.3), nd.array(base.reshape(4, 6)), nd.ones((4, 6)))
    print(op, bits(y), '|', bits(g))
for shape, mode in [((2, 3, 4), 'instance'), ((4, 6), 'instance'), ((2, 3, 2, 2), 'channel')]:
    y, g = fwd_bwd(lambda a: nd.SoftmaxActivation(a, mode=mode), nd.array(base.reshape(shape)),
                   nd.array(head.reshape(shape)))
    print('SoftmaxActivation', shape, mode, bits(y), '|', bits(g))

# gluon layers built on these operators
mx.random.seed(3)
net = gluon.nn.HybridSequential()
net.add(gluon.nn.Dense(5, activation='tanh', in_units=6), gluon.nn.Activation('tanh'),
        gluon.nn.Dense(3, activation='sigmoid', in_units=5))
net.initialize(mx.init.Xavier())
x = nd.array(base.reshape(4, 6))
with autograd.record():
    out = net(x)
out.backward()
print('mlp out', bits(out))
print('mlp grad', bits(net[0].weight.grad()))

cell = gluon.rnn.RNNCell(4, activation='tanh', input_size=6)
cell.initialize(mx.init.Xavier())
h = cell.begin_state(batch_size=4)
for t in range(3):
    o, h = cell(nd.array(base.reshape(4, 6) * (t + 1) / 3), h)
print('rnn cell', bits(o))

for f in [lambda: nd.FullyConnected(nd.ones((2, 3), dtype='float64'), nd.ones((4, 3)), nd.ones((4,)), num_hidden=4),
          lambda: nd.FullyConnected(nd.ones((2, 3)), nd.ones((4, 3)), nd.ones((4,), dtype='float64'), num_hidden=4),
          lambda: nd.LeakyReLU(nd.ones((2, 3), dtype='float64'), nd.ones((3,)), act_type='prelu'),
          lambda: nd.SoftmaxOutput(nd.ones((2, 3), dtype='float64'), nd.ones((2,))),
          lambda: nd.LinearRegressionOutput(nd.ones((2, 3)), nd.ones((2, 3), dtype='float16'))]:
    try:
        f().wait_to_read()
        print('ran')
    except Exception as e:
        print(type(e).__name__)

"""InstanceNorm, L2Normalization and LRN given an out= list of all their outputs: MXNet's kernels write the kept statistics (InstanceNorm's mean and variance, L2Normalization's norms) and leave LRN's oneDNN-unused norm array as it was; other counts and shapes are refused."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd, autograd
import numpy as np


def show(name, f):
    try:
        r = f()
        for o in (r if isinstance(r, (list, tuple)) else [r]):
            print(name, o.shape, o.dtype.__name__, o.asnumpy().ravel()[:8].tolist())
    except mx.MXNetError as e:
        print(name, 'MXNetError', str(e).split('\n')[-1][:300])


def fill(*shapes, v=7.0):
    return [nd.full(s, v) for s in shapes]


x = nd.array(np.arange(24).reshape(2, 3, 4) * 0.1 - 0.5)
g, b = nd.array([1.0, 2.0, 0.5]), nd.array([0.0, 1.0, -1.0])
show('in 3', lambda: nd.InstanceNorm(x, g, b, out=fill((2, 3, 4), (2, 3), (2, 3))))
show('in 3 eps', lambda: nd.InstanceNorm(x, g, b, eps=0.5, out=fill((2, 3, 4), (2, 3), (2, 3))))
show('in 3 bad', lambda: nd.InstanceNorm(x, g, b, out=fill((2, 3, 4), (2, 3, 1), (2, 3))))
show('in 3 bad2', lambda: nd.InstanceNorm(x, g, b, out=fill((2, 3, 4), (2, 3), (3, 2))))
show('in 2', lambda: nd.InstanceNorm(x, g, b, out=fill((2, 3, 4), (2, 3))))
show('in 4', lambda: nd.InstanceNorm(x, g, b, out=fill((2, 3, 4), (2, 3), (2, 3), (2, 3))))
x4 = nd.array(np.arange(48).reshape(2, 3, 2, 4) * 0.1 - 1)
show('in 4d', lambda: nd.InstanceNorm(x4, g, b, out=fill((2, 3, 2, 4), (2, 3), (2, 3))))
show('in f64', lambda: nd.InstanceNorm(x.astype('float64'), g.astype('float64'), b.astype('float64'),
                                         out=[nd.zeros((2, 3, 4), dtype='float64'), nd.zeros((2, 3), dtype='float64'),
                                              nd.zeros((2, 3), dtype='float64')]))
show('in f64 stat32', lambda: nd.InstanceNorm(x.astype('float64'), g.astype('float64'), b.astype('float64'),
                                               out=[nd.zeros((2, 3, 4), dtype='float64'), nd.zeros((2, 3)),
                                                    nd.zeros((2, 3))]))
for mode, shapes in [('instance', [(2,), (2, 1), (2, 3)]), ('channel', [(2, 1, 4), (2, 4), (2, 3)]),
                     ('spatial', [(2, 3), (2, 3, 1), (2,)])]:
    for s in shapes:
        show('l2 %s %s' % (mode, s), lambda: nd.L2Normalization(x, mode=mode, out=fill((2, 3, 4), s)))
    show('l2 %s 3' % mode, lambda: nd.L2Normalization(x, mode=mode, out=fill((2, 3, 4), shapes[0], shapes[0])))
for mode, s in [('instance', (2,)), ('channel', (2, 1, 2, 4)), ('spatial', (2, 3))]:
    show('l2 4d %s' % mode, lambda: nd.L2Normalization(x4, mode=mode, eps=0.25, out=fill((2, 3, 2, 4), s)))
for nsize in [3, 5]:
    show('lrn %d' % nsize, lambda: nd.LRN(x4, nsize=nsize, out=fill((2, 3, 2, 4), (2, 3, 2, 4))))
show('lrn 2d', lambda: nd.LRN(nd.ones((2, 3)), nsize=3, out=fill((2, 3), (2, 3))))
show('lrn bad', lambda: nd.LRN(x4, nsize=3, out=fill((2, 3, 2, 4), (2, 3))))
show('lrn 3', lambda: nd.LRN(x4, nsize=3, out=fill((2, 3, 2, 4), (2, 3, 2, 4), (2, 3, 2, 4))))

# recorded: the visible output's gradient is unchanged
xs = x.copy()
xs.attach_grad()
outs = fill((2, 3, 4), (2, 3), (2, 3))
with autograd.record():
    nd.InstanceNorm(xs, g, b, out=outs)
    y = outs[0] * 2
y.backward()
print('in grad', xs.grad.asnumpy().ravel()[:6].tolist(), outs[1].asnumpy().ravel().tolist())
outs = fill((2, 3, 4), (2,))
with autograd.record():
    nd.L2Normalization(xs, out=outs)
    y = outs[0] * 2
y.backward()
print('l2 grad', xs.grad.asnumpy().ravel()[:6].tolist(), outs[1].asnumpy().ravel().tolist())

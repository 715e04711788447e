"""A hybridized block given a 0-d or zero-size input under legacy shapes: the first operator reading it fails its
shape inference listing the input and output shapes it had and its attributes (a graph node's order), but sums
and means whose outputs the zero size does not reach, which run."""
import numpy as np
import mxnet as mx
from mxnet import nd, gluon


class L(gluon.HybridBlock):
    def __init__(self, f):
        super().__init__()
        self.f = f

    def hybrid_forward(self, F, *xs):
        return self.f(F, *xs)


def show(label, f, *xs):
    b = L(f)
    b.hybridize()
    try:
        print(label, 'OK', b(*xs).asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(label, repr(str(e).split('Stack trace')[0].strip()))


z0 = nd.array(np.float32(2))
e = nd.array(np.zeros((0, 2)))
v = nd.ones((3, 2))
show('relu 0-d', lambda F, x: F.relu(x), z0)
show('relu zero-size', lambda F, x: F.relu(x), e)
show('x + 1, 0-d', lambda F, x: x + 1, z0)
show('x * 2, zero-size', lambda F, x: x * 2, e)
show('softmax zero-size', lambda F, x: F.softmax(x, axis=0), e)
show('broadcast_add zero-size', lambda F, x, y: F.broadcast_add(x, y), e, v)
show('x + y, 0-d', lambda F, x, y: x + y, z0, z0)
show('sum 0-d', lambda F, x: F.sum(x), z0)
show('sum zero-size', lambda F, x: F.sum(x), e)
show('sum zero-size axis 0', lambda F, x: F.sum(x, axis=0), e)
show('sum zero-size axis 1', lambda F, x: F.sum(x, axis=1), e)
show('mean zero-size', lambda F, x: F.mean(x), e)
show('shape_array 0-d', lambda F, x: F.shape_array(x), z0)
show('exp(relu) 0-d', lambda F, x: F.exp(F.relu(x)), z0)
show('reshape 0-d', lambda F, x: F.reshape(x, (1,)), z0)
show('dot zero-size', lambda F, x, y: F.dot(x, y), e, nd.ones((2, 3)))
show('transpose zero-size', lambda F, x: F.transpose(x), e)
show('concat zero-size', lambda F, x, y: F.concat(x, y, dim=0), e, v)
for shape in [(0, 4), (2, 0), ()]:
    emb = gluon.nn.Embedding(5, 2)
    emb.initialize()
    emb.hybridize()
    try:
        emb(nd.array(np.zeros(shape)))
    except mx.base.MXNetError as err:
        print('Embedding', shape, repr(str(err).split('Stack trace')[0].strip()))

# Shape plumbing in a HybridBlock: reshape special codes, slice_axis, split, concat, swapaxes; imperative vs hybrid
import mxnet as mx
from mxnet import gluon, nd, autograd


class Plumbing(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        a = F.reshape(x, shape=(0, -1))
        b = F.reshape(x, shape=(-3, -2))
        c = F.reshape(x, shape=(0, -4, 2, -1, 0))
        parts = F.split(x, num_outputs=2, axis=1)
        d = F.concat(parts[1], parts[0], dim=1)
        e = F.slice_axis(x, axis=2, begin=1, end=None)
        f = F.swapaxes(x, 0, 2)
        g = F.reshape_like(F.flatten(x), x)
        return a, b, c, d, e, f, g


x = nd.arange(24).reshape((2, 4, 3))
net = Plumbing()
outs = net(x)
print([o.shape for o in outs])
net.hybridize()
outs2 = net(x)
print([(o1 == o2).asnumpy().all() for o1, o2 in zip(outs, outs2)])
print(outs[2][1, 1].asnumpy().tolist(), outs[3][0].asnumpy().tolist())
x.attach_grad()
with autograd.record():
    o = net(x)
    total = sum((t * (i + 1)).sum() for i, t in enumerate(o))
total.backward()
print(x.grad[0].asnumpy().tolist())
sym = mx.sym.Group(list(net(mx.sym.var('data'))))
print(len(sym.list_outputs()), sym.infer_shape(data=(2, 4, 3))[1])
print(nd.reshape(nd.zeros((2, 3, 4)), shape=(-1, 0), reverse=True).shape,
      nd.reshape(nd.zeros((6, 4)), shape=(-4, 2, 3, -2)).shape)
try:
    nd.reshape(nd.zeros((2, 3)), shape=(4, -1))
except Exception as e:
    print(type(e).__name__)

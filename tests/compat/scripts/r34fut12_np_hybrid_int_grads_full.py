"""Hybridized roll/trace pass gradients to integer inputs; F.np.full with a symbol fill; broadcast_to with an int shape."""
# recorded on AVX2
import json
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock

npx.set_np()


class Block(HybridBlock):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def hybrid_forward(self, F, *xs):
        return self.fn(F, *xs)


for dtype in ['int32', 'int64', 'int8', 'float32']:
    for name, fn, shape in [("roll", lambda F, x: F.np.roll(x, shift=(10, -10), axis=(0, 1)), (2, 3, 4)),
                            ("roll flat", lambda F, x: F.np.roll(x, 2), (3,)),
                            ("trace -2", lambda F, x: F.np.trace(x, offset=-2), (3, 3)),
                            ("trace 1", lambda F, x: F.np.trace(x, offset=1), (3, 4)),
                            ("trace batched", lambda F, x: F.np.trace(x, offset=-1, axis1=1, axis2=2), (2, 3, 3))]:
        for hybridize in [False, True]:
            x = np.arange(int(np.prod(np.array(shape)))).reshape(shape).astype(dtype)
            x.attach_grad()
            net = Block(fn)
            if hybridize:
                net.hybridize()
            with mx.autograd.record():
                y = net(x)
            y.backward()
            print(name, dtype, hybridize, y.asnumpy().ravel()[:6], x.grad.dtype, x.grad.asnumpy().ravel())

for fill in [np.array(2.0), np.array([1, 2, 3], dtype=np.int64), np.array([1.5, 2, 3])]:
    for shape in [(2, 3), (0, 3), 6, (3, 4)]:
        for dtype in [None, 'float16', 'int8', 'bool']:
            net = Block(lambda F, a: F.np.full(shape, a, dtype=dtype))
            net.hybridize()
            try:
                out = net(fill)
                print("full", fill.shape, shape, dtype, out.shape, out.dtype, out.asnumpy().ravel()[:4])
            except mx.base.MXNetError as e:
                print("full", fill.shape, shape, dtype, "MXNetError")

sym = mx.sym.np.full((2, 3), mx.sym.var('x').as_np_ndarray(), dtype='int32')
print([(n['op'], n['name'], sorted(n.get('attrs', {}).items())) for n in json.loads(sym.tojson())['nodes']])
for shape in [6, (6,), (2, 3)]:
    sym = mx.sym.np.broadcast_to(mx.sym.var('x').as_np_ndarray(), shape)
    print([(n['op'], n['name'], sorted(n.get('attrs', {}).items())) for n in json.loads(sym.tojson())['nodes']])
    print(sym.infer_shape(x=(1,)))
    x = np.array([3.0])
    x.attach_grad()
    net = Block(lambda F, a: F.np.broadcast_to(a, shape))
    net.hybridize()
    with mx.autograd.record():
        y = net(x)
    y.backward()
    print(y.shape, y.asnumpy().ravel(), x.grad)

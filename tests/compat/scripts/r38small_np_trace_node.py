"""mx.np.trace records one _np_trace node (its given attributes); its values and gradients, also hybridized."""
import json
import mxnet as mx
from mxnet import np, npx
import numpy as onp
npx.set_np()
onp.random.seed(0)


def nodes(sym):
    return [(n['op'], n.get('attrs', {})) for n in json.loads(sym.tojson())['nodes'] if n['op'] != 'null']


x = np.array(onp.random.rand(3, 4, 5).astype('float32'))
cases = [((), {}), ((1,), {}), ((1, 0), {}), ((), {'offset': 0, 'axis1': 0, 'axis2': 1}),
         ((), {'axis1': -1, 'axis2': 0}),
         ((), {'offset': -2, 'axis1': 1, 'axis2': 2}), ((), {'offset': 7}), ((-1, 2, 1), {})]
for args, kw in cases:
    x.attach_grad()
    with mx.autograd.record():
        y = np.trace(x, *args, **kw)
        z = y * 2
    print(args, kw, y.dtype, y.shape, y.asnumpy().tolist())
    print('  graph', nodes(mx.autograd.get_symbol(z)))
    z.backward(np.ones(z.shape) * 1.5)
    print('  grad', x.grad.sum().item(), x.grad[0, :2].asnumpy().tolist())
for dt in ['float16', 'float64', 'int32', 'int64', 'int8', 'uint8']:
    a = np.array(onp.random.rand(5, 6) * 10, dtype=dt)
    t = np.trace(a, offset=1)
    print(dt, t.dtype, t.item(), np.trace(a).item())
a = np.array(onp.random.rand(4, 4, 3).astype('float16'))
a.attach_grad()
with mx.autograd.record():
    t = np.trace(a)
t.backward()
print('float16', t.asnumpy().tolist(), a.grad[:, :, 0].asnumpy().tolist())
out = np.zeros((5,))
print('out', np.trace(x, out=out) is out, out.asnumpy().tolist())


class Block(mx.gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__()
        self.kw = kw

    def hybrid_forward(self, F, x):
        return F.np.trace(x, **self.kw) * 2


for kw in [{}, {'offset': 1}, {'axis1': 2, 'axis2': 0, 'offset': -1}]:
    b = Block(**kw)
    b.hybridize()
    x.attach_grad()
    with mx.autograd.record():
        out = b(x)
    out.backward()
    print('hybrid', kw, out.asnumpy().tolist(), x.grad.sum().item(), nodes(b._cached_graph[1]))
s = mx.sym.np.trace(mx.sym.var('a').as_np_ndarray(), offset=1, axis1=0, axis2=2)
print('sym', nodes(s))
ex = s.as_nd_ndarray().bind(mx.cpu(), {'a': x.as_nd_ndarray()}, args_grad={'a': mx.nd.zeros(x.shape)})
print('bind', ex.forward(is_train=True)[0].asnumpy().tolist())
ex.backward(mx.nd.ones((4,)) * 3)
print('bind grad', ex.grad_arrays[0].asnumpy().sum().item(), ex.grad_arrays[0][:, 0].asnumpy().tolist())
z = np.array([[-0.0, 1], [2, -0.0]])
print('signed zeros', np.trace(z).item(), np.trace(np.array([[[-0.0, 1.0]]]), axis1=1, axis2=2).asnumpy().tolist())
a = np.array(onp.random.randn(60, 70, 2) * 100, dtype='float16')
print('float16 sums', np.trace(a).asnumpy().tolist(), np.trace(a.astype('float32'), offset=-3).asnumpy().tolist())
y = np.ones((3, 4))
refusals = [lambda: np.trace(np.ones((3,))), lambda: np.trace(y, axis1=1, axis2=1), lambda: np.trace(y, axis1=3),
            lambda: np.trace(y, out=np.zeros((2,))), lambda: np.trace(y, out=np.zeros(())),
            lambda: np.trace(y, out=np.zeros((), dtype='int32')), lambda: np.trace(y, offset=1.5),
            lambda: np.trace(y, 'a'), lambda: np.trace([[1, 2]]), lambda: np.trace(np.zeros((0, 0))),
            lambda: np.trace(np.ones((2, 3, 4), dtype='int32'), out=np.zeros((4,), dtype='int32'), axis1=0, axis2=1)]
for i, c in enumerate(refusals):
    try:
        r = c()
        print(i, r, r.dtype, r.shape)
    except Exception as e:
        print(i, type(e).__name__, str(e)[:300].replace('\n', ' | '))
for dt in ['int32', 'float16', 'float64']:
    a = np.ones((3, 3), dtype=dt)
    a.attach_grad()
    with mx.autograd.record():
        t = np.trace(a)
    t.backward()
    print(dt, a.grad.dtype, a.grad.asnumpy().tolist())

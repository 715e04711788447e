"""NumPy functions, operators and methods in hybridized blocks over dtypes and shapes: results and gradients, with
hybridize() off and on (DIFF-IMP marks where the two runs differ)."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx, autograd
from mxnet.gluon import nn
npx.set_np()
rs = onp.random.RandomState(0)
def summ(a):
    a = a.asnumpy()
    return (str(a.dtype), a.shape, onp.round(a.astype('float64').ravel()[:4], 4).tolist())
class Blk(nn.HybridBlock):
    def __init__(self, f, **kw):
        super().__init__(**kw); self.f = f
    def hybrid_forward(self, F, *xs):
        return self.f(F, *xs)
cases = [
 ('unary f16', lambda F, x: F.np.sqrt(x), [(2, 3)], 'float16'),
 ('unary f64', lambda F, x: F.np.log1p(x), [(2, 3)], 'float64'),
 ('unary int8 exp', lambda F, x: F.np.exp(x), [(2, 3)], 'int8'),
 ('neg int32', lambda F, x: F.np.negative(x), [(2, 3)], 'int32'),
 ('square int64', lambda F, x: F.np.square(x), [(2, 3)], 'int64'),
 ('add f16 f32', lambda F, x, y: x + y.astype('float32'), [(2, 3), (3,)], 'float16'),
 ('sub bool', lambda F, x, y: (x > 0.5) - y, [(2, 3), (3,)], 'float32'),
 ('pow', lambda F, x, y: x ** y, [(2, 3), (2, 3)], 'float32'),
 ('mod', lambda F, x, y: F.np.mod(x, y + 0.5), [(2, 3), (2, 3)], 'float32'),
 ('rpow', lambda F, x: 2.0 ** x, [(2, 3)], 'float32'),
 ('rmod', lambda F, x: 3 % (x + 1), [(2, 3)], 'float32'),
 ('transpose axes', lambda F, x: F.np.transpose(x, (1, 2, 0)), [(2, 3, 4)], 'float32'),
 ('swapaxes', lambda F, x: F.np.swapaxes(x, 0, 2), [(2, 3, 4)], 'float32'),
 ('squeeze', lambda F, x: F.np.squeeze(x, axis=1), [(2, 1, 4)], 'float32'),
 ('expand_dims', lambda F, x: F.np.expand_dims(x, -1), [(2, 3)], 'float32'),
 ('stack', lambda F, x, y: F.np.stack([x, y], axis=1), [(2, 3), (2, 3)], 'float32'),
 ('split idx', lambda F, x: F.np.split(x, [1, 3], axis=1)[1], [(2, 4)], 'float32'),
 ('tile', lambda F, x: F.np.tile(x, (2, 1, 2)), [(2, 3)], 'float32'),
 ('repeat', lambda F, x: F.np.repeat(x, 2, axis=1), [(2, 3)], 'float32'),
 ('repeat flat', lambda F, x: x.repeat(2), [(2, 3)], 'float32'),
 ('clip', lambda F, x: F.np.clip(x, 0.2, 0.7), [(2, 3)], 'float32'),
 ('clip none', lambda F, x: x.clip(0.3), [(2, 3)], 'float32'),
 ('where', lambda F, x, y: F.np.where(x > y, x, y), [(2, 3), (2, 3)], 'float32'),
 ('flip', lambda F, x: F.np.flip(x, 1), [(2, 3)], 'float32'),
 ('cumsum', lambda F, x: F.np.cumsum(x, axis=1), [(2, 3)], 'float32'),
 ('cumsum flat', lambda F, x: x.cumsum(), [(2, 3)], 'float32'),
 ('std', lambda F, x: x.std(axis=1, ddof=1), [(2, 3)], 'float32'),
 ('var keep', lambda F, x: F.np.var(x, axis=0, keepdims=True), [(2, 3)], 'float32'),
 ('argmin', lambda F, x: F.np.argmin(x, axis=0), [(2, 3)], 'float32'),
 ('max neg axis', lambda F, x: F.np.max(x, axis=-1), [(2, 3)], 'float32'),
 ('min tuple', lambda F, x: F.np.min(x, axis=(0, 2)), [(2, 3, 4)], 'float32'),
 ('around', lambda F, x: F.np.around(x * 10, 1), [(2, 3)], 'float32'),
 ('dot 3d', lambda F, x, y: F.np.dot(x, y), [(2, 3, 4), (5, 4, 2)], 'float32'),
 ('dot scalar', lambda F, x, y: F.np.dot(x.sum(), y), [(2, 3), (2, 3)], 'float32'),
 ('einsum', lambda F, x, y: F.np.einsum('ij,jk->ik', x, y), [(2, 3), (3, 4)], 'float32'),
 ('concat 3', lambda F, x, y: F.np.concatenate([x, y, x], axis=0), [(2, 3), (1, 3)], 'float32'),
 ('hstack 1d', lambda F, x, y: F.np.hstack([x, y]), [(3,), (2,)], 'float32'),
 ('vstack 1d', lambda F, x, y: F.np.vstack([x, y]), [(3,), (3,)], 'float32'),
 ('full_like dtype', lambda F, x: F.np.full_like(x, 3, dtype='int32') * x, [(2, 3)], 'float32'),
 ('maximum', lambda F, x, y: F.np.maximum(x, y), [(2, 3), (3,)], 'float32'),
 ('minimum scalar', lambda F, x: F.np.minimum(x, 0.5), [(2, 3)], 'float32'),
 ('take axis1', lambda F, x, y: F.np.take(x, y.astype('int32'), axis=1), [(2, 3), (2,)], 'float32'),
 ('sort axis0', lambda F, x: F.np.sort(x, axis=0), [(2, 3)], 'float32'),
 ('reshape -1', lambda F, x: F.np.reshape(x, (-1,)), [(2, 3)], 'float32'),
 ('astype f16', lambda F, x: x.astype('float16') * 2, [(2, 3)], 'float32'),
 ('mean int', lambda F, x: (x * 10).astype('int32').mean(axis=0), [(2, 3)], 'float32'),
 ('sum bool', lambda F, x: (x > 0.5).sum(), [(2, 3)], 'float32'),
 ('npx.reshape -2', lambda F, x: F.npx.reshape(x, (-2, -5)), [(2, 3, 4)], 'float32'),
 ('index neg tuple', lambda F, x: x[-1, 1], [(2, 3)], 'float32'),
 ('index step', lambda F, x: x[0:2, ::-1, 1:3], [(2, 3, 4)], 'float32'),
]
for name, f, shapes, dtype in cases:
    res = []
    data = [rs.uniform(0.1, 2, size=s).astype(dtype) if 'int' not in dtype else rs.randint(-5, 5, size=s).astype(dtype)
            for s in shapes]
    for h in (False, True):
        try:
            b = Blk(f)
            if h: b.hybridize()
            ins = [np.array(d) for d in data]
            for i in ins: i.attach_grad()
            with autograd.record():
                o = b(*ins)
            if o.dtype.kind == 'f':
                o.backward()
            res.append((summ(o), [summ(i.grad) for i in ins] if o.dtype.kind == 'f' else None))
        except Exception as e:
            res.append(('ERR', type(e).__name__))
    print(name, res[1], 'SAME' if str(res[0]) == str(res[1]) or res[0][0] == 'ERR' else 'DIFF-IMP')

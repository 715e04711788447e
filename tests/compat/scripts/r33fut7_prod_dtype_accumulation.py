"""mx.np.prod with a dtype: integers multiply in their accumulation type (int8->int32, uint8->uint32); float grads use the product rounded to the input type."""
# recorded on AVX2
import numpy as _np
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()

rs = _np.random.RandomState(0)
ints = rs.randint(-50, 50, size=(2, 3, 4))
for it in ['int8', 'uint8', 'int32', 'int64', 'bool']:
    for dt in [None, 'int8', 'int32', 'int64', 'float16', 'float32', 'float64']:
        try:
            x = np.array(ints, dtype=it)
            r, r1 = np.prod(x, dtype=dt), np.prod(x, axis=1, dtype=dt)
            print(it, dt, r.dtype, r, r1.dtype, r1.asnumpy().ravel()[:4])
        except Exception as e:
            print(it, dt, "ERR", type(e).__name__, str(e).splitlines()[0][:100])


class Prod(HybridBlock):
    def __init__(self, axis, dtype, keepdims):
        super().__init__()
        self.args = dict(axis=axis, dtype=dtype, keepdims=keepdims)

    def hybrid_forward(self, F, x):
        return F.np.prod(x, **self.args)


floats = rs.uniform(0.5, 2, size=(2, 3, 4))
for it, dt in [('float32', 'float64'), ('float16', 'float64'), ('float16', 'float32'), ('float64', 'float32'),
               ('float32', 'float16'), ('float32', None), ('int32', 'float32')]:
    for axis, keepdims in [(None, False), (None, True), (1, False), ((0, 2), True)]:
        for hybridize in [False, True]:
            net = Prod(axis, dt, keepdims)
            if hybridize:
                net.hybridize()
            x = np.array(floats, dtype=it)
            x.attach_grad()
            with mx.autograd.record():
                y = net(x)
            y.backward()
            print(it, dt, axis, keepdims, hybridize, y.dtype, y.asnumpy().ravel()[:2].tolist(), x.grad.dtype,
                  x.grad.asnumpy().ravel()[:4].tolist())

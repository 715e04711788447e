"""Hybridized np binary ops on dtype pairs MXNet's kernels lack: inferred dtype/shape at the call, the kernel's error on reading."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()


class Binary(HybridBlock):
    def __init__(self, fn):
        super(Binary, self).__init__()
        self.fn = fn

    def hybrid_forward(self, F, x, y):
        return getattr(F.np, self.fn)(x, y)


def last_line(e):
    return str(e).strip().split('\n')[-1]


types = ['bool', 'int8', 'int32', 'int64', 'float16', 'float32', 'float64']
for fn in ['true_divide', 'subtract', 'mod', 'add', 'multiply', 'power']:
    for t1 in types:
        for t2 in types:
            for s1, s2 in [((3, 2), (3, 2)), ((3, 2), (3, 1)), ((3, 0), (3, 0)), ((2, 3), ())]:
                net = Binary(fn)
                net.hybridize()
                x = np.array([[1, 2], [3, 1], [2, 2]][:s1[0]] if s1 == (3, 2) else np.ones(s1), dtype=t1)
                y = np.ones(s2, dtype=t2) * (1 if t2 == 'bool' else 2)
                try:
                    out = net(x, y)
                except Exception as e:
                    print(fn, t1, t2, s1, s2, 'call', type(e).__name__)
                    continue
                try:
                    print(fn, t1, t2, s1, s2, out.dtype, out.shape, out.asnumpy().ravel().tolist())
                except Exception as e:
                    print(fn, t1, t2, s1, s2, out.dtype, out.shape, 'read', type(e).__name__, last_line(e))

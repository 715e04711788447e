"""Hybridized np.dot with a 0-d operand multiplies elementwise as imperatively: values and grads to the bit."""
# recorded on AVX2
import hashlib
import numpy as _np
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()


class Dot(HybridBlock):
    def hybrid_forward(self, F, a, b):
        return F.np.dot(a, b)


def digest(x):
    h = x.asnumpy()
    return hashlib.md5(_np.ascontiguousarray(h).tobytes()).hexdigest()[:12] + " " + str(h.ravel()[:2])


for sa, sb in [((3, 4, 5), ()), ((), ()), ((), (3,)), ((2,), ()), ((), (4, 6)), ((0, 3), ())]:
    for dtype in ["float32", "float64"]:
        for hybridize in [False, True]:
            net = Dot()
            if hybridize:
                net.hybridize()
            a = np.array(_np.random.RandomState(0).uniform(-2, 2, size=sa), dtype=dtype)
            b = np.array(_np.random.RandomState(1).uniform(-2, 2, size=sb), dtype=dtype)
            a.attach_grad()
            b.attach_grad()
            with mx.autograd.record():
                y = net(a, b)
            y.backward()
            print(sa, sb, dtype, hybridize, y.shape, digest(y), "|", digest(a.grad), "|", digest(b.grad))

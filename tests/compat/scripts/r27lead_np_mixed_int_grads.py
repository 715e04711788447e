# an integer or bool input beside a float one in mx.np arithmetic gets a zero gradient, hybridized or not
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx, autograd, gluon
npx.set_np()
class B(gluon.HybridBlock):
    def hybrid_forward(self, F, a, w):
        return (a * w).mean()
for hyb in [False, True]:
    for wd in ['uint8', 'int32', 'float16', 'bool', 'int64']:
        b = B()
        if hyb: b.hybridize()
        a = np.array([1., 2., 3.]); w = np.array([2], dtype=wd)
        a.attach_grad(); w.attach_grad()
        with autograd.record():
            y = b(a, w)
        y.backward()
        print(hyb, wd, y.dtype, a.grad, w.grad)

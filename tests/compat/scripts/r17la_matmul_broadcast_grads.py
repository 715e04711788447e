"""np.matmul gradients with batch broadcasting, imperative and hybridized: MXNet 1.9.1 sums a broadcast operand's
gradient in flat chunks of its size (right when the broadcast axes lead, scrambled otherwise)."""
import mxnet as mx
import numpy as onp
from mxnet import autograd, gluon, np, npx

npx.set_np()


class Product(gluon.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return F.np.matmul(x, y)


for a_shape, b_shape in (((2, 1, 3, 4), (5, 4, 2)), ((1, 5, 3, 4), (2, 1, 4, 2)), ((3, 1, 2, 2), (1, 4, 2, 2)),
                         ((2, 3, 4), (4,)), ((4,), (2, 4, 5)), ((3, 4), (2, 4, 5)), ((2, 1, 1, 3, 4), (2, 5, 4, 2))):
    for hybridize in (False, True):
        a = np.array(onp.sin(onp.arange(onp.prod(a_shape)) * 0.7).reshape(a_shape).round(2), dtype="float32")
        b = np.array(onp.cos(onp.arange(onp.prod(b_shape)) * 1.3).reshape(b_shape).round(2), dtype="float32")
        a.attach_grad()
        b.attach_grad()
        net = Product()
        if hybridize:
            net.hybridize()
        with autograd.record():
            y = net(a, b)
        y.backward(np.array(onp.arange(y.size).reshape(y.shape) % 3 + 1.0, dtype="float32"))
        print(a_shape, b_shape, hybridize, y.shape)
        print("  da", (a.grad.asnumpy().round(4) + 0).ravel().tolist()[:12])
        print("  db", (b.grad.asnumpy().round(4) + 0).ravel().tolist()[:12])

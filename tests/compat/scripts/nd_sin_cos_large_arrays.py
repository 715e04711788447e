"""sin/cos (and their gradients) of float32 arrays past 2048 elements keep the C library's sinf/cosf bits;
each array is summarised by the sum of its float bit patterns (any last-bit difference changes it)."""
import numpy as np
import mxnet as mx


def bits(a):
    return int(a.asnumpy().view(np.uint32).astype(np.int64).sum())


rs = np.random.RandomState(5)
for n in (3000, 20000):
    for name in ("sin", "cos"):
        x = mx.nd.array(rs.uniform(-50, 50, (n,)))
        x.attach_grad()
        with mx.autograd.record():
            y = getattr(mx.nd, name)(x)
        y.backward(mx.nd.array(rs.uniform(-1, 1, (n,))))
        print(name, n, bits(y), bits(x.grad))

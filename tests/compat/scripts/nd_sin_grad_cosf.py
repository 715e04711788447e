"""sin's gradient is the C library's cosf (numpy's float32 cos differs in the last bit on ~15% of inputs)."""
import numpy as np
import mxnet as mx

rs = np.random.RandomState(0)
x = mx.nd.array(rs.uniform(-3, 3, (200,)))
x.attach_grad()
with mx.autograd.record():
    y = mx.nd.sin(x)
y.backward(mx.nd.array(rs.uniform(-1, 1, (200,))))
print(x.grad.asnumpy().tolist())

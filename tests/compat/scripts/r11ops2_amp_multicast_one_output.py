"""amp_multicast of one input returns an array (not a list), as every one-output operator does, and differentiates through it."""
import mxnet as mx
nd = mx.nd

x = nd.array([1.5, 2.5])
x.attach_grad()
with mx.autograd.record():
    y = nd.amp_multicast(x, num_outputs=1)
    z = y * 2
z.backward()
print(type(y).__name__, y.dtype, y.asnumpy().tolist(), x.grad.asnumpy().tolist())
r = nd.amp_multicast(nd.array([1, 2], dtype='int32'), num_outputs=1)
print(type(r).__name__, r.dtype, r.asnumpy().tolist())
two = nd.amp_multicast(x, x, num_outputs=2)
print(type(two).__name__, len(two))
print(mx.sym.amp_multicast(mx.sym.var('a'), num_outputs=1).list_outputs())

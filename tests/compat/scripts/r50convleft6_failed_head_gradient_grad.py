"""autograd.grad given a head gradient carrying a failed kernel's error returns the gradients, the first of which raises that error when read, as MXNet does."""
import mxnet as mx
from mxnet import autograd, nd

bad = nd.Convolution(nd.ones((1, 2, 4, 4), dtype="float16"), nd.ones((3, 2, 2, 2), dtype="float16"),
                     kernel=(2, 2), num_filter=3, no_bias=True)
a, b = nd.ones((1, 3, 3, 3)) * 0.5, nd.ones((1, 3, 3, 3))
a.attach_grad()
b.attach_grad()
with autograd.record():
    y = a * b + a
try:
    grads = autograd.grad(y, [a, b], head_grads=nd.ones_like(bad).astype("float32"))
    print("grad ok", len(grads), grads[0].shape)
    grads[0].asnumpy()
except mx.MXNetError as e:
    print(str(e).strip().splitlines()[-1])

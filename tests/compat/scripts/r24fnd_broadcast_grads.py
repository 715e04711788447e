"""The gradients of broadcast_to, broadcast_like and broadcast_axis are sums back to the input's shape, from 0:
a -0.0 head gradient comes back as +0 even where nothing is broadcast; chains around them keep that."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import autograd

CASES = [("to_same", lambda x: x.broadcast_to((2, 3)), (2, 3)),
         ("to_zero_dims", lambda x: mx.nd.broadcast_to(x, shape=(0, 3)), (2, 3)),
         ("like_same", lambda x: mx.nd.broadcast_like(x, mx.nd.zeros((2, 3))), (2, 3)),
         ("axis_none", lambda x: mx.nd.broadcast_axis(x, axis=(), size=()), (2, 3)),
         ("to_grow", lambda x: mx.nd.broadcast_to(x.reshape((2, 1, 3)), shape=(2, 2, 3)), (2, 2, 3)),
         ("axis_grow", lambda x: mx.nd.broadcast_axis(x.reshape((2, 1, 3)), axis=1, size=2), (2, 2, 3)),
         ("expand_to", lambda x: x.expand_dims(0).broadcast_to((1, 2, 3)), (1, 2, 3)),
         ("like_axes", lambda x: mx.nd.broadcast_like(x.reshape((2, 3, 1)), mx.nd.zeros((4, 2)), lhs_axes=(2,),
                                                     rhs_axes=(1,)), (2, 3, 2)),
         ("to_then_sin", lambda x: mx.nd.sin(x.broadcast_to((2, 3)) * 3), (2, 3)),
         ("pick_of_to", lambda x: mx.nd.pick(mx.nd.sin(x.broadcast_to((2, 3))), mx.nd.array([0, 2]), axis=1), (2,))]
HEADS = {"minus zeros": lambda s: -np.zeros(s), "mixed": lambda s: (np.arange(np.prod(s)).reshape(s) % 3 - 1) * 0.5,
         "ones": np.ones}
for name, f, hs in CASES:
    for head_name, head in HEADS.items():
        for dtype in ("float32", "float64"):
            x = mx.nd.array([[1.0, -2.0, 3.0], [0.5, -0.5, 2.0]], dtype=dtype)
            x.attach_grad()
            with autograd.record():
                y = f(x)
            y.backward(mx.nd.array(head(hs), dtype=dtype))
            print(name, head_name, dtype, x.grad.asnumpy().tolist())

"""Broadcast and reduce kernels fold neighbouring axes into at most five blocks: beyond, the result fails when read."""
import mxnet as mx
import numpy as np

nd = mx.nd


def ones(shape, dtype="float32"):
    return nd.ones(shape, dtype=dtype)


def show(name, f):
    try:
        r = f()
        print(name, "made", r.shape, r.dtype.__name__)
        print(name, "reads", r.asnumpy().sum())
    except mx.base.MXNetError as e:
        text = str(e)
        print(name, "MXNetError", "Too many broadcast dimensions" in text, "Too many reduction axes" in text)


a7, b7 = (2, 1, 2, 1, 2, 1, 2), (1, 2, 1, 2, 1, 2, 1)
show("broadcast_add 7 alternating", lambda: nd.broadcast_add(ones(a7), ones(b7)))
show("x * y 7 alternating", lambda: ones(a7) * ones(b7))
show("float16 minus", lambda: ones(a7, "float16") - ones(b7, "float16"))
show("int32 power", lambda: nd.broadcast_power(ones(a7, "int32"), ones(b7, "int32")))
show("bool equal", lambda: nd.broadcast_equal(ones(a7, "bool"), ones(b7, "bool")))
show("logical_xor", lambda: nd.broadcast_logical_xor(ones(a7), ones(b7)))
show("hypot leading axis", lambda: nd.broadcast_hypot(ones(a7), ones((2, 1, 2, 1, 2, 1))))
show("six axes, five blocks", lambda: nd.broadcast_sub(ones((2, 1, 2, 1, 2, 1)), ones((1, 2, 1, 2, 1, 1))))
show("nine axes, merged ones", lambda: nd.broadcast_mul(ones((1, 1, 1, 2, 2, 1, 1, 3, 3)), ones((1, 1, 1, 1, 1, 2, 2, 3, 3))))
show("elemwise_add same shapes", lambda: nd.elemwise_add(ones(a7), ones(a7)))
show("scalar", lambda: ones(a7) + 1)


def inplace():
    x = ones((2, 2, 2, 2, 2, 2, 2))
    x += ones(b7)
    return x


show("x += y", inplace)
x11 = nd.array(np.arange(2 ** 11).reshape((2,) * 11) % 5)
show("sum alternating axes", lambda: nd.sum(ones((2,) * 7), axis=(0, 2, 4, 6)))
show("max alternating axes", lambda: nd.max(x11, axis=(0, 2, 4, 6, 8, 10)))
show("mean exclude", lambda: nd.mean(x11, axis=(1, 3, 5, 7, 9), exclude=True))
show("prod keepdims", lambda: nd.prod(ones((2,) * 7), axis=(1, 3, 5), keepdims=True))
show("nansum neighbouring axes", lambda: nd.nansum(x11, axis=(0, 1, 2, 5, 6, 9, 10)))
show("sum all axes", lambda: nd.sum(x11))
show("broadcast_to", lambda: nd.broadcast_to(ones(a7), shape=(2,) * 7))
show("broadcast_like", lambda: nd.broadcast_like(ones(a7), ones((2,) * 7)))
show("broadcast_axis", lambda: nd.broadcast_axis(ones(a7), axis=(1, 3, 5), size=(2, 2, 2)))
show("broadcast_to five axes", lambda: nd.broadcast_to(ones((2, 1, 2, 1, 2)), shape=(2, 2, 2, 2, 2)))


y = ones(a7)
y.attach_grad()
with mx.autograd.record():
    z = nd.broadcast_mul(y, ones((2, 2, 2, 2, 2, 2, 2)))
z.backward()
show("gradient through six blocks", lambda: y.grad)

"""reshape_like/broadcast_like/broadcast_axis check their axes as MXNet does, read the second input's sizes only where used, and slice kernels stop at 5 dimensions."""
import numpy as np
import mxnet as mx
from mxnet import nd


def A(shape, dtype="float32"):
    return nd.array(np.arange(int(np.prod(shape))).reshape(shape) % 7 - 3, dtype=dtype)


def show(tag, f):
    try:
        r = f()
        print(tag, r.dtype.__name__, r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(tag, type(e).__name__)


x23, x61 = A((2, 3)), A((6, 1))
show("rl rhs (0,6) from 1", lambda: nd.reshape_like(x23, A((0, 6)), rhs_begin=1))
show("rl rhs (6,0) to 1", lambda: nd.reshape_like(x23, A((6, 0)), rhs_end=1))
show("rl rhs (0,6)", lambda: nd.reshape_like(x23, A((0, 6))))
show("rl lhs_begin -5", lambda: nd.reshape_like(x23, x61, lhs_begin=-5))
show("rl lhs_begin 3", lambda: nd.reshape_like(x23, x61, lhs_begin=3))
show("rl lhs_end 3", lambda: nd.reshape_like(x23, x61, lhs_begin=0, lhs_end=3))
show("rl lhs 1..-1", lambda: nd.reshape_like(x23, x61, lhs_begin=1, lhs_end=-1))
show("rl rhs 1..1", lambda: nd.reshape_like(x23, x61, rhs_begin=1, rhs_end=1))
show("rl rhs -2..-1", lambda: nd.reshape_like(x23, x61, rhs_begin=-2, rhs_end=-1))
show("rl rhs_end 0", lambda: nd.reshape_like(A((1,)), x23, rhs_end=0))
show("bl rhs zero elsewhere", lambda: nd.broadcast_like(A((1, 3)), A((2, 0)), lhs_axes=(0,), rhs_axes=(0,)))
show("bl rhs zero used", lambda: nd.broadcast_like(A((1, 3)), A((0, 3)), lhs_axes=(0,), rhs_axes=(0,)))
show("bl same size axis", lambda: nd.broadcast_like(A((3, 1, 2)), A((3, 3, 2)), lhs_axes=(0,), rhs_axes=(0,)))
show("bl axis twice", lambda: nd.broadcast_like(A((1, 1)), x23, lhs_axes=(0, 0), rhs_axes=(0, 1)))
show("bl negative axes", lambda: nd.broadcast_like(A((1, 1)), x23, lhs_axes=(-1,), rhs_axes=(-2,)))
show("bl lhs axis 2", lambda: nd.broadcast_like(A((1, 1)), x23, lhs_axes=(2,), rhs_axes=(0,)))
show("bl rhs axis -3", lambda: nd.broadcast_like(A((1, 1)), x23, lhs_axes=(0,), rhs_axes=(-3,)))
show("ba axis twice", lambda: nd.broadcast_axis(A((1, 1), "int64"), axis=(0, 0), size=(2, 3)))
show("ba axis twice size 1", lambda: nd.broadcast_axis(A((1, 1), "int64"), axis=(0, 0), size=(1, 3)))
show("sl like zero elsewhere", lambda: nd.slice_like(x23, A((0, 2)), axes=(1,)))
x6, x7 = A((1, 1, 1, 1, 1, 2), "int64"), A((1, 1, 1, 1, 1, 1, 2), "int64")
show("slice 6d", lambda: nd.slice(x6, begin=(0,), end=(1,)))
show("slice 5d", lambda: nd.slice(A((1, 1, 1, 1, 2)), begin=(0,), end=(1,)))
show("slice_like 7d", lambda: nd.slice_like(x7, A((1, 1, 1, 1, 1, 1, 1))))
show("read 7d reversed", lambda: x7[..., ::-1])
show("read 7d one element", lambda: x7[..., ::2])
show("read 7d contiguous", lambda: x7[0:1])
show("transpose 7d", lambda: nd.transpose(x7))
show("transpose 6d", lambda: nd.transpose(x6))
show("swapaxes 7d", lambda: nd.swapaxes(x7, dim1=0, dim2=6))


def write(key, value):
    y = x6.copy()
    y[key] = value
    return y


show("write 6d part scalar", lambda: write((Ellipsis, 0), 5))
show("write 6d part array", lambda: write((Ellipsis, slice(1, 2)), nd.array([5], dtype="int64")))
show("write 6d whole", lambda: write(Ellipsis, 5))
show("write 6d positions", lambda: write([0], 5))

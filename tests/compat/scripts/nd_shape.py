# Shape ops: reshape codes, transpose, flatten, expand_dims, squeeze, swapaxes, flip, tile, repeat, pad.
import numpy as np
import mxnet as mx
from mxnet import nd


def show(tag, f):
    try:
        r = f()
        if isinstance(r, (list, tuple)):
            for x in r:
                print(tag, x.shape, x.dtype.__name__, x.asnumpy().tolist())
        else:
            print(tag, r.shape, r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:
        print(tag, "error", type(e).__name__)


x = nd.arange(24).reshape((2, 3, 4))
for s in [(4, -1), (0, -1), (-2,), (-3, 4), (0, -3), (-4, 1, 2, -2), (2, -4, -1, 3, -2),
          (6, 4), (-1,), (0, 0, -1), (24,), (-3, -2), (2, 0, 4), (-4, -1, 1, 0, 0)]:
    show(("reshape", s), lambda: x.reshape(s))
for s in [(-1, 0), (0, -1), (-3, 0), (2, -4, -1, 3, -2), (8, -1)]:
    show(("reshape_rev", s), lambda: nd.reshape(x, shape=s, reverse=True))
show("reshape_bad", lambda: x.reshape((5, 5)))
show("reshape_kw", lambda: x.reshape(4, 6))
show("reshape_like", lambda: nd.reshape_like(x, nd.zeros((6, 4))))
show("reshape_like_attr", lambda: nd.reshape_like(nd.zeros((30, 7)), nd.zeros((15, 2, 4)), lhs_begin=0, lhs_end=1, rhs_begin=0, rhs_end=2))
show("transpose", lambda: nd.transpose(x))
show("transpose_axes", lambda: nd.transpose(x, axes=(1, 0, 2)))
show("transpose_neg", lambda: x.transpose((2, 0, 1)))
show("T", lambda: nd.arange(6).reshape((2, 3)).T)
show("flatten", lambda: nd.flatten(x))
show("Flatten", lambda: nd.Flatten(nd.arange(4)))
show("expand_dims", lambda: nd.expand_dims(x, axis=1))
show("expand_dims_neg", lambda: nd.expand_dims(x, axis=-1))
y = nd.zeros((1, 3, 1, 2))
show("squeeze", lambda: nd.squeeze(y))
show("squeeze_ax", lambda: nd.squeeze(y, axis=2))
show("squeeze_ax2", lambda: nd.squeeze(y, axis=(0, 2)))
show("squeeze_bad", lambda: nd.squeeze(y, axis=1))
show("squeeze_all1", lambda: nd.squeeze(nd.ones((1, 1))))
show("swapaxes", lambda: nd.swapaxes(x, dim1=0, dim2=2))
show("SwapAxis", lambda: nd.SwapAxis(x, dim1=1, dim2=2))
show("flip", lambda: nd.flip(x, axis=1))
show("reverse", lambda: nd.reverse(x, axis=(0, 2)))
show("tile", lambda: nd.tile(nd.array([[1, 2], [3, 4]]), reps=(2, 3)))
show("tile1", lambda: nd.tile(nd.array([1, 2]), reps=(2, 2, 2)))
show("tile2", lambda: nd.tile(nd.array([[1, 2], [3, 4]]), reps=(2,)))
show("repeat", lambda: nd.repeat(nd.array([[1, 2], [3, 4]]), repeats=2))
show("repeat_ax", lambda: nd.repeat(nd.array([[1, 2], [3, 4]]), repeats=2, axis=1))
show("repeat_neg", lambda: nd.repeat(nd.array([[1, 2], [3, 4]]), repeats=3, axis=-2))
p = nd.arange(2 * 1 * 2 * 3).reshape((2, 1, 2, 3))
show("pad_const", lambda: nd.pad(p, mode="constant", pad_width=(0, 0, 0, 0, 1, 1, 1, 2), constant_value=7))
show("pad_edge", lambda: nd.pad(p, mode="edge", pad_width=(0, 0, 0, 0, 1, 1, 2, 1)))
show("pad_reflect", lambda: nd.pad(p, mode="reflect", pad_width=(0, 0, 0, 0, 1, 1, 2, 2)))
show("Pad", lambda: nd.Pad(p, mode="constant", pad_width=(0, 0, 0, 0, 1, 0, 0, 1)))
show("pad_bad", lambda: nd.pad(p, mode="constant", pad_width=(1, 1, 0, 0, 1, 1, 1, 2)))
show("depth_to_space", lambda: nd.depth_to_space(nd.arange(16).reshape((1, 4, 2, 2)), block_size=2))
show("space_to_depth", lambda: nd.space_to_depth(nd.arange(16).reshape((1, 1, 4, 4)), block_size=2))
show("shape_array", lambda: nd.shape_array(x))
show("size_array", lambda: nd.size_array(x))
show("broadcast_to", lambda: nd.broadcast_to(nd.array([[1, 2, 3]]), shape=(2, 0)))
show("broadcast_axis", lambda: nd.broadcast_axis(nd.array([[1], [2]]), axis=1, size=3))
show("broadcast_axes", lambda: nd.broadcast_axes(nd.ones((1, 2, 1)), axis=(0, 2), size=(2, 3)))
show("broadcast_like", lambda: nd.broadcast_like(nd.array([[1, 2, 3]]), nd.zeros((2, 3))))
show("broadcast_like_ax", lambda: nd.broadcast_like(nd.ones((1, 3)), nd.zeros((4, 5)), lhs_axes=(0,), rhs_axes=(0,)))
show("moveaxis", lambda: nd.moveaxis(x, 0, 2))
for dt in ["int32", "int64", "uint8", "float16", "float64", "int8"]:
    a = nd.arange(6, dtype=dt).reshape((2, 3))
    show(("dtype", dt), lambda: [a.reshape((3, 2)), a.T, nd.tile(a, (1, 2)), nd.flip(a, axis=0),
                                  nd.expand_dims(a, 0), nd.pad(a.reshape((1, 1, 2, 3)).astype("float32"), mode="edge", pad_width=(0, 0, 0, 0, 1, 1, 1, 1))])
print(x.reshape((4, 6)))
print(x.reshape(-1).shape, x.size, x.ndim, len(x))
a = nd.array([[3, 1, 2], [0, 5, 4]])
for i, f in enumerate([lambda: a.reshape((5, 5)), lambda: nd.reshape(a, shape=(2, 2)), lambda: a.reshape((4, -1)), lambda: a.reshape((-1, -1)), lambda: a.reshape((0, 0, 2)), lambda: a.reshape((2, 2)), lambda: a.reshape((1,)), lambda: nd.reshape(a, shape=(1,)), lambda: a.reshape(-1, 4), lambda: a.reshape((3, 2), reverse=True), lambda: a.reshape(shape=(4,)), lambda: nd.reshape(a, shape=(4, -1))]):
    try: r = f(); print(i, 'ok', r.shape, r.asnumpy().tolist())
    except Exception as e: print(i, type(e).__name__)
for f in [lambda: nd.zeros((2, 3, 4)).transpose(2, 0, 1), lambda: nd.zeros((2, 3, 4)).transpose(axes=(2, 0, 1)), lambda: nd.zeros((2, 3, 4)).transpose(1)]:
    try:
        print(f().shape)
    except Exception as e:
        print(type(e).__name__)

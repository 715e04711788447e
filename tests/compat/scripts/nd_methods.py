# NDArray methods that forward to operators, and what bad arguments raise.
import numpy as np
import mxnet as mx
from mxnet import nd


def show(tag, f):
    try:
        r = f()
        if isinstance(r, (list, tuple)):
            print(tag, "list", len(r))
            for x in r:
                print(" ", x.shape, x.dtype.__name__, x.asnumpy().tolist())
        elif isinstance(r, nd.NDArray):
            print(tag, r.shape, r.dtype.__name__, r.asnumpy().tolist())
        else:
            print(tag, type(r).__name__, r)
    except Exception as e:
        print(tag, "error", type(e).__name__)


x = nd.arange(6).reshape((2, 3))
names = ["tile", "repeat", "pad", "slice_axis", "take", "pick", "one_hot", "topk", "sort", "argsort", "flip",
         "swapaxes", "split", "diag", "broadcast_to", "broadcast_like", "reshape_like", "depth_to_space",
         "space_to_depth", "shape_array", "size_array", "flatten", "expand_dims", "squeeze", "transpose",
         "slice", "slice_like", "clip", "round", "rint", "fix", "floor", "ceil", "trunc", "sin", "exp",
         "log", "sqrt", "rsqrt", "cbrt", "rcbrt", "square", "reciprocal", "relu", "sigmoid", "softmax",
         "log_softmax", "softmin", "sum", "nansum", "prod", "nanprod", "mean", "max", "min", "norm", "argmax",
         "argmin", "argmax_channel", "abs", "sign", "zeros_like", "ones_like", "tostype",
         "as_nd_ndarray", "asnumpy", "asscalar", "astype", "copy", "copyto", "detach", "attach_grad", "backward",
         "wait_to_read", "split_v2", "nanprod",
         "sinh", "arcsin", "degrees", "radians",
         "broadcast_axes", "moveaxis", "T", "grad", "stype", "context", "ctx", "handle", "writable", "size", "ndim"]
print([n for n in names if not hasattr(x, n)])
show("m_tile", lambda: x.tile(reps=(1, 2)))
show("m_tile_pos", lambda: x.tile((2,)))
show("m_repeat", lambda: x.repeat(2, axis=0))
show("m_slice_axis", lambda: x.slice_axis(axis=1, begin=1, end=None))
show("m_take", lambda: x.take(nd.array([1, 0])))
show("m_pick", lambda: x.pick(nd.array([0, 2])))
show("m_one_hot", lambda: nd.array([0, 2]).one_hot(3))
show("m_topk", lambda: x.topk(k=2))
show("m_sort", lambda: x.sort(is_ascend=False))
show("m_argsort", lambda: x.argsort())
show("m_flip", lambda: x.flip(axis=0))
show("m_swapaxes", lambda: x.swapaxes(0, 1))
show("m_split", lambda: x.split(num_outputs=3, axis=1))
show("m_diag", lambda: x.diag(k=1))
show("m_broadcast_to", lambda: nd.ones((1, 3)).broadcast_to((2, 3)))
show("m_broadcast_like", lambda: nd.ones((1, 3)).broadcast_like(x))
show("m_reshape_like", lambda: x.reshape_like(nd.zeros((3, 2))))
show("m_expand", lambda: x.expand_dims(axis=2))
show("m_transpose", lambda: x.transpose())
show("m_reshape_args", lambda: x.reshape(3, -1))
show("m_reshape_rev", lambda: x.reshape((-1, 0), reverse=True))
show("m_slice", lambda: x.slice(begin=(0, 1), end=(2, 3)))
show("m_clip", lambda: x.clip(1, 4))
show("m_sum_axis", lambda: x.sum(axis=1, keepdims=True))
show("m_sum_exclude", lambda: x.sum(axis=1, exclude=True))
show("m_max", lambda: x.max(axis=0))
show("m_norm", lambda: x.norm(ord=1))
show("m_split_v2", lambda: x.split_v2(3, axis=1))
show("m_moveaxis", lambda: nd.zeros((2, 3, 4)).moveaxis(0, 2) if hasattr(x, "moveaxis") else nd.zeros(1))
show("m_broadcast_axes", lambda: nd.ones((1, 3)).broadcast_axes(axis=0, size=2))
show("bad_reshape", lambda: x.reshape((4, 2)))
show("bad_transpose2", lambda: x.transpose((0, 1, 2)))
show("bad_expand", lambda: x.expand_dims(axis=4))
show("bad_tile", lambda: x.tile(reps=(-1,)))
show("bad_take_axis", lambda: x.take(nd.array([0]), axis=2))
show("bad_pick_axis", lambda: x.pick(nd.array([0]), axis=3))
show("bad_one_hot", lambda: nd.one_hot(nd.array([1]), depth=0))
show("bad_topk_axis", lambda: x.topk(axis=5))
show("bad_topk_ret", lambda: x.topk(ret_typ="foo"))
show("bad_sort_axis", lambda: x.sort(axis=2))
show("bad_flip_axis", lambda: x.flip(axis=2))
show("bad_swapaxes", lambda: x.swapaxes(0, 3))
show("bad_broadcast_to", lambda: x.broadcast_to((3, 3)))
show("bad_broadcast_axis", lambda: x.broadcast_axis(axis=0, size=3))
show("bad_concat_dim", lambda: nd.concat(x, x, dim=3))
show("bad_slice_axis_range", lambda: x.slice_axis(axis=0, begin=3, end=4))
show("bad_diag", lambda: nd.diag(x, axis1=0, axis2=0))
show("bad_eye", lambda: nd.eye(-1))
show("bad_arange", lambda: nd.arange(0, 5, 0))
show("bad_arange_neg", lambda: nd.arange(5, 0))
show("bad_linspace", lambda: nd.linspace(0, 1, -1))
show("bad_full", lambda: nd.full((2,), "a"))
show("bad_array", lambda: nd.array([[1, 2], [3]]))
show("bad_array_str", lambda: nd.array(["a", "b"]))
show("bad_astype", lambda: x.astype("foo"))
show("bad_zeros_dtype", lambda: nd.zeros((2,), dtype="complex64"))
show("bad_ctx", lambda: x.copyto(5))
show("bad_add_shape", lambda: x + nd.ones((3, 2)))
show("bad_iter_0d", lambda: list(nd.array(3)))
show("bad_len_0d", lambda: len(nd.array(3)))
show("asscalar_0d", lambda: nd.array(3).asscalar())
show("bad_split_axis", lambda: x.split(num_outputs=2, axis=4))
show("bad_repeat_neg", lambda: x.repeat(-1))
show("bad_squeeze", lambda: nd.squeeze(x, axis=0))
show("bad_depth", lambda: nd.depth_to_space(nd.zeros((1, 3, 2, 2)), 2))
show("bad_stack_empty", lambda: nd.stack())
show("bad_concat_empty", lambda: nd.concat())

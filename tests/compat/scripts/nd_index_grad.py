# Gradients through indexing, slicing and the shape/join ops.
import numpy as np
import mxnet as mx
from mxnet import nd, autograd

x = nd.arange(12).reshape((3, 4))
for tag, f in [("int", lambda a: a[1]), ("slice", lambda a: a[1:, ::2]), ("neg", lambda a: a[::-1, 1]), ("list", lambda a: a[[0, 0, 2]]),
               ("tuple_adv", lambda a: a[[0, 1], [1, 1]]), ("nd_idx", lambda a: a[nd.array([2, 2])]), ("elem", lambda a: a[1, 2]),
               ("ellipsis", lambda a: a[..., 1]), ("none", lambda a: a[None, 1]),
               ("take", lambda a: nd.take(a, nd.array([0, 0, 1]))), ("take_ax", lambda a: nd.take(a, nd.array([3, 3]), axis=1)),
               ("pick", lambda a: nd.pick(a, nd.array([0, 1, 3]))), ("slice_op", lambda a: nd.slice(a, begin=(None, 3), end=(None, 0), step=(None, -2))),
               ("slice_axis", lambda a: nd.slice_axis(a, axis=0, begin=1, end=3)), ("concat", lambda a: nd.concat(a, a * 2, dim=0)),
               ("stack", lambda a: nd.stack(a, a)), ("split", lambda a: nd.split(a, 2, axis=1)[1]), ("tile", lambda a: nd.tile(a, (2, 1))),
               ("repeat", lambda a: nd.repeat(a, 2, axis=1)), ("reshape", lambda a: a.reshape((2, -1))), ("transpose", lambda a: a.T),
               ("flip", lambda a: nd.flip(a, axis=1)), ("pad", lambda a: nd.pad(a.reshape((1, 1, 3, 4)), mode="reflect", pad_width=(0, 0, 0, 0, 1, 1, 1, 1))),
               ("gather_nd", lambda a: nd.gather_nd(a, nd.array([[0, 0], [1, 1]]))), ("diag", lambda a: nd.diag(a, k=1)),
               ("sort", lambda a: nd.sort(a, axis=0, is_ascend=False)), ("topk", lambda a: nd.topk(a, k=2, ret_typ="value")),
               ("broadcast_to", lambda a: nd.broadcast_to(a[0:1], shape=(3, 4))), ("where", lambda a: nd.where(a > 5, a, a * 3)),
               ("boolean_mask", lambda a: nd.contrib.boolean_mask(a, nd.array([1, 0, 1]))), ("squeeze", lambda a: nd.squeeze(a[0:1]))]:
    a = x.copy()
    a.attach_grad()
    with autograd.record():
        y = f(a)
        z = (y * nd.arange(y.size).reshape(y.shape)).sum()
    z.backward()
    print(tag, y.shape, a.grad.asnumpy().tolist())

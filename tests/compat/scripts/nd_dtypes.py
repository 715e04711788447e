# Output dtypes (and values) of shape/join/sort/index/misc operators for every input dtype.
import numpy as np
import mxnet as mx
from mxnet import nd

ops = [
    ("reshape", lambda a: a.reshape((3, 2))), ("transpose", lambda a: a.T), ("flip", lambda a: nd.flip(a, axis=1)),
    ("tile", lambda a: nd.tile(a, (1, 2))), ("repeat", lambda a: nd.repeat(a, 2)), ("concat", lambda a: nd.concat(a, a)),
    ("stack", lambda a: nd.stack(a, a)), ("split", lambda a: nd.split(a, 3)[0]), ("slice", lambda a: nd.slice(a, (0, 1), (2, 3))),
    ("slice_axis", lambda a: nd.slice_axis(a, 1, 0, 2)), ("take", lambda a: nd.take(a, nd.array([1, 0]))),
    ("take_idx_int", lambda a: nd.take(a, nd.array([1, 0], dtype="int32"))), ("pick", lambda a: nd.pick(a, nd.array([0, 2]))),
    ("gather_nd", lambda a: nd.gather_nd(a, nd.array([[0, 1], [1, 2]]))), ("one_hot", lambda a: nd.one_hot(a, 4)),
    ("sort", lambda a: nd.sort(a)), ("argsort", lambda a: nd.argsort(a)), ("topk", lambda a: nd.topk(a, k=2)),
    ("topk_v", lambda a: nd.topk(a, k=2, ret_typ="value")), ("topk_both", lambda a: nd.topk(a, k=1, ret_typ="both")[1]),
    ("topk_mask", lambda a: nd.topk(a, k=1, ret_typ="mask")), ("diag", lambda a: nd.diag(a)), ("pad", lambda a: nd.pad(a.reshape((1, 1, 2, 3)), mode="constant", pad_width=(0, 0, 0, 0, 1, 1, 1, 1), constant_value=1)),
    ("depth_to_space", lambda a: nd.depth_to_space(nd.concat(a, a, dim=1)[0:1, :4].reshape((1, 4, 1, 1)), 2)),
    ("shape_array", lambda a: nd.shape_array(a)), ("size_array", lambda a: nd.size_array(a)), ("cumsum", lambda a: nd.cumsum(a, axis=1)),
    ("expand_dims", lambda a: nd.expand_dims(a, 0)), ("squeeze", lambda a: nd.squeeze(a.reshape((1, 6)))), ("swapaxes", lambda a: nd.swapaxes(a, 0, 1)),
    ("broadcast_to", lambda a: nd.broadcast_to(a[0:1], (3, 3))), ("SequenceMask", lambda a: nd.SequenceMask(a, nd.array([1, 2, 1]), use_sequence_length=True)),
    ("reverse", lambda a: nd.reverse(a, axis=0)), ("space_to_depth", lambda a: nd.space_to_depth(nd.concat(a, a, dim=1)[:, :2].reshape((1, 1, 2, 2)), 2)),
    ("boolean_mask", lambda a: nd.contrib.boolean_mask(a, nd.array([0, 1]))), ("index_copy", lambda a: nd.contrib.index_copy(a, nd.array([1]), a[0:1])),
    ("index_array", lambda a: nd.contrib.index_array(a)), ("arange_like", lambda a: nd.contrib.arange_like(a)),
    ("getitem_adv", lambda a: a[[1, 0]]), ("getitem_int", lambda a: a[1]), ("zeros_like", lambda a: nd.zeros_like(a)),
    ("ravel", lambda a: nd.ravel_multi_index(a[:, :2].T if False else nd.array([[0, 1], [1, 2]], dtype=a.dtype) if a.dtype != np.bool_ else a, shape=(3, 4))),
    ("moments", lambda a: nd.moments(a, axes=(1,))[0]), ("khatri_rao", lambda a: nd.khatri_rao(a, a)),
    ("histogram", lambda a: nd.histogram(a, bins=2, range=(0, 6))[0]),
]
for dt in ["float32", "float64", "float16", "uint8", "int8", "int32", "int64", "bool"]:
    a = nd.array([[3, 1, 2], [0, 5, 4]], dtype=dt)
    for name, f in ops:
        if dt == "bool" and name in ("slice_axis", "pick", "one_hot", "SequenceMask"):
            continue
        try:
            r = f(a)
            print(dt, name, r.dtype.__name__, r.shape, r.asnumpy().tolist())
        except Exception as e:
            print(dt, name, "error", type(e).__name__)

# sort/argsort/topk/argmax family and diag, with dtypes and every ret_typ.
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
        else:
            print(tag, r.shape, r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:
        print(tag, "error", type(e).__name__)


x = nd.array([[3, 1, 2, 1], [0, 5, 5, -1], [2, 2, 7, 4]])
show("sort", lambda: nd.sort(x))
show("sort0", lambda: nd.sort(x, axis=0))
show("sort_none", lambda: nd.sort(x, axis=None))
show("sort_desc", lambda: nd.sort(x, is_ascend=False))
show("sort_method", lambda: x.sort(axis=-1))
show("argsort", lambda: nd.argsort(x))
show("argsort_desc", lambda: nd.argsort(x, is_ascend=False))
show("argsort0", lambda: nd.argsort(x, axis=0))
show("argsort_none", lambda: nd.argsort(x, axis=None))
show("argsort_int", lambda: nd.argsort(x, dtype="int32"))
show("argsort_f16", lambda: nd.argsort(x, dtype="float16"))
show("argsort_i64", lambda: nd.argsort(x, dtype="int64"))
for rt in ["indices", "value", "both", "mask"]:
    show(("topk", rt), lambda: nd.topk(x, k=2, ret_typ=rt))
    show(("topk_asc", rt), lambda: nd.topk(x, k=2, ret_typ=rt, is_ascend=True))
    show(("topk_ax0", rt), lambda: nd.topk(x, axis=0, k=1, ret_typ=rt))
    show(("topk_none", rt), lambda: nd.topk(x, axis=None, k=3, ret_typ=rt))
show("topk_default", lambda: nd.topk(x))
show("topk_dtype", lambda: nd.topk(x, k=2, ret_typ="both", dtype="int32"))
show("topk_k0", lambda: nd.topk(x, k=0))
show("topk_kbig", lambda: nd.topk(x, k=5))
show("topk_k_neg", lambda: nd.topk(x, k=-1))
xi = x.astype("int32")
show("sort_int", lambda: nd.sort(xi))
show("argsort_inp_int", lambda: nd.argsort(xi))
show("topk_int", lambda: nd.topk(xi, k=2, ret_typ="both"))
xh = x.astype("float16")
show("sort_f16", lambda: nd.sort(xh, is_ascend=False))
show("topk_f16", lambda: nd.topk(xh, k=1, ret_typ="value"))
xd = x.astype("float64")
show("argsort_f64", lambda: nd.argsort(xd))
show("argmax", lambda: nd.argmax(x, axis=1))
show("argmax_none", lambda: nd.argmax(x))
show("argmax_keep", lambda: nd.argmax(x, axis=0, keepdims=True))
show("argmin", lambda: nd.argmin(x, axis=1))
show("argmax_int", lambda: nd.argmax(xi, axis=1))
show("argmax_channel", lambda: nd.argmax_channel(x))
show("diag", lambda: nd.diag(x))
show("diag_k1", lambda: nd.diag(x, k=1))
show("diag_kneg", lambda: nd.diag(x, k=-1))
show("diag_kbig", lambda: nd.diag(x, k=5))
show("diag_1d", lambda: nd.diag(nd.array([1, 2, 3])))
show("diag_1d_k", lambda: nd.diag(nd.array([1, 2]), k=-2))
y = nd.arange(24).reshape((2, 3, 4))
show("diag_3d", lambda: nd.diag(y))
show("diag_3d_axes", lambda: nd.diag(y, k=1, axis1=1, axis2=2))
show("diag_3d_neg", lambda: nd.diag(y, axis1=-1, axis2=0))
show("diag_0d", lambda: nd.diag(nd.array(1)))
show("sort_1d", lambda: nd.sort(nd.array([3, 1, 2])))
show("sort_nan", lambda: nd.sort(nd.array([3, np.nan, 1])))
show("argsort_ties", lambda: nd.argsort(nd.array([1, 1, 1, 0, 0]), is_ascend=False))
show("topk_ties", lambda: nd.topk(nd.array([1, 1, 1, 0, 0]), k=3, ret_typ="both"))

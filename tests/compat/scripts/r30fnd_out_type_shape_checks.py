"""out= of the wrong dtype for sort/argsort/topk and of the wrong shape for linalg_potrf fail as MXNet's checks do, led by their source lines."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd


def t(label, f):
    try:
        r = f()
        print(label, r.shape, r.dtype)
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))


sq = nd.array(np.random.RandomState(0).rand(3, 3) + 3 * np.eye(3))
t("sort float64", lambda: nd.sort(sq, out=nd.zeros((3, 3), dtype="float64")))
t("sort int32", lambda: nd.sort(sq, out=nd.zeros((3, 3), dtype="int32")))
t("argsort float64", lambda: nd.argsort(sq, out=nd.zeros((3, 3), dtype="float64")))
t("argsort int32", lambda: nd.argsort(sq, out=nd.zeros((3, 3), dtype="int32")))
t("argsort dtype int32 into float32", lambda: nd.argsort(sq, dtype="int32", out=nd.zeros((3, 3))))
t("topk float64", lambda: nd.topk(sq, out=nd.zeros((3, 1), dtype="float64")))
t("topk value float64", lambda: nd.topk(sq, ret_typ="value", out=nd.zeros((3, 1), dtype="float64")))
t("potrf (4, 3)", lambda: nd.linalg_potrf(sq, out=nd.zeros((4, 3))))
t("potrf float64", lambda: nd.linalg_potrf(sq, out=nd.zeros((3, 3), dtype="float64")))
t("potri (4, 3)", lambda: nd.linalg_potri(sq, out=nd.zeros((4, 3))))
t("inverse (4, 3)", lambda: nd.linalg_inverse(sq, out=nd.zeros((4, 3))))
o = nd.zeros((3, 3))
t("potrf fits", lambda: nd.linalg_potrf(sq, out=o))
print(o.asnumpy().round(4).tolist())

"""lamb_update_phase2, mp_lamb_update_phase2, multi_lars and sparse.adagrad_update check their parameters, then their inputs' shapes, then their types."""
import mxnet as mx

nd = mx.nd


def attempt(label, fn):
    try:
        fn()
        nd.waitall()
        print(label, "ok")
    except mx.base.MXNetError as e:
        print(label, "raises:", str(e))


w = nd.ones((2, 3))
s = nd.ones((2, 3))
g16 = nd.ones((4,), dtype="float16")
gi = nd.ones((2, 3), dtype="int32")
one = nd.ones((1,))
attempt("lamb2 r2 shape before grad type", lambda: nd.lamb_update_phase2(w, gi, one, nd.ones((5, 2)), lr=0.1))
attempt("lamb2 grad rank", lambda: nd.lamb_update_phase2(w, nd.ones((2,), dtype="int8"), one, one, lr=0.1))
attempt("mp_lamb2 grad rank", lambda: nd.mp_lamb_update_phase2(nd.ones((3, 2, 2)), nd.ones((5, 1, 3, 2, 2), dtype="int64"),
                                                               one, one, nd.ones((3, 2, 2)), lr=-0.3))
attempt("multi_lars shape before type", lambda: nd.multi_lars(nd.ones((2,)), nd.ones((2,), dtype="int32"), nd.ones((5,)),
                                                              nd.ones((2,)), eta=0.1, eps=0.1))
attempt("multi_lars type", lambda: nd.multi_lars(nd.ones((2,)), nd.ones((2,)), nd.ones((2,)),
                                                 nd.ones((2,), dtype="int32"), eta=0.1, eps=0.1))
attempt("adagrad shape before type", lambda: nd.sparse.adagrad_update(w, g16, s, lr=0.1))
attempt("adagrad history shape", lambda: nd.sparse.adagrad_update(w, w, nd.ones((3,)), lr=0.5))
attempt("adagrad rescale_grad text", lambda: nd.sparse.adagrad_update(w, w, s, lr=0.5, rescale_grad="y"))
attempt("adagrad clip_gradient None", lambda: nd.sparse.adagrad_update(w, w, s, lr=0.5, clip_gradient=None))
attempt("adagrad rescale_grad None", lambda: nd.sparse.adagrad_update(w, nd.ones((4,)), s, lr=0.5, rescale_grad=None))
attempt("adagrad dense grad", lambda: nd.sparse.adagrad_update(w, w, s, lr=0.5))
h = nd.zeros((2, 3))
nd.sparse.adagrad_update(w, w.tostype("row_sparse"), h, lr=0.5, out=w)
print(w, h)

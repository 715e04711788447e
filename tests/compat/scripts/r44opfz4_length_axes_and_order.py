"""softmax's length check of an axis the data lacks, slice_like's axes None (nothing sliced), mp_lamb_update_phase2's dimension-by-dimension check of g and the master copy, and a method's missing parameter listing the attributes as given."""
import numpy as np
import mxnet as mx

nd = mx.nd


def attempt(label, fn):
    try:
        r = fn()
        nd.waitall()
        print(label, r.shape if hasattr(r, "shape") else r)
    except Exception as e:
        print(label, type(e).__name__, str(e))


for shape, axis in [((3,), 1), ((3,), -2), ((2, 3), -2), ((2, 3), 2), ((2, 2, 3), 3), ((2, 2, 3), -2)]:
    attempt("softmax %s axis=%d length %s" % (shape, axis, shape[:-1] or (1,)),
            lambda: nd.softmax(nd.ones(shape), nd.ones(shape[:-1] or (1,)), axis=axis, use_length=1))
attempt("softmax (3,) axis=1 length (3,)", lambda: nd.softmax(nd.ones((3,)), nd.ones((3,)), axis=1, use_length=1))
attempt("slice_like axes=None", lambda: nd.slice_like(nd.ones((3, 2)), nd.ones((1, 1)), axes=None))
attempt("slice_like axes=None out", lambda: nd.slice_like(nd.ones((3,)), nd.ones((1,)), axes=None, out=nd.zeros((3,))))
x = nd.ones((3, 2))
x.attach_grad()
with mx.autograd.record():
    y = nd.slice_like(x, nd.ones((1, 1)), axes=None)
y.backward()
print(x.grad)
print(mx.sym.slice_like(mx.sym.var("a"), mx.sym.var("b"), axes=None).infer_shape(a=(3, 2), b=(1, 1)))
o = nd.ones((1,))
w = nd.ones((1, 5))
for g, w32 in [((1, 1), (2, 3)), ((1,), (2,)), ((2, 5), (2,)), ((2, 5), (1, 5)), ((1, 5), (1, 4))]:
    attempt("mp_lamb2 g%s weight32%s" % (g, w32), lambda: nd.mp_lamb_update_phase2(w, nd.ones(g), o, o, nd.ones(w32), lr=0.1))
attempt("x.clip(a_max=np.int64(2))", lambda: nd.ones((2, 3)).clip(a_max=np.int64(2)))
attempt("x.clip(np.int64(1))", lambda: nd.ones((2, 3)).clip(np.int64(1)))

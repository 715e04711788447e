"""An undeclared dtype keyword is read before the declared attributes, reshape's method refuses unknown keywords before reading the shape, squeeze(inplace=True) compares its axes first, and refusals list numpy-scalar and integer attributes as given."""
import numpy as np
import mxnet as mx


def attempt(label, fn):
    try:
        r = fn()
        print(label, r.shape, r.asnumpy().ravel().tolist()[:6])
    except Exception as e:
        print(label, type(e).__name__, str(e)[:400])


x = mx.nd.ones((1, 1, 5))
attempt("argmin('x', (1, 1, 1), dtype=True)", lambda: mx.nd.argmin(x, "x", (1, 1, 1), dtype=True))
attempt("x.argmin('x', (1, 1, 1), dtype=True)", lambda: x.argmin("x", (1, 1, 1), dtype=True))
attempt("argmin(axis='x', dtype=True)", lambda: mx.nd.argmin(x, axis="x", dtype=True))
attempt("slice_like(axes='row_sparse', dtype=())", lambda: mx.nd.slice_like(x, x, axes="row_sparse", dtype=()))
attempt("sum(axis='a', dtype='float32')", lambda: mx.nd.sum(x, axis="a", dtype="float32"))
attempt("sum(dtype='float32', axis=1)", lambda: mx.nd.sum(x, dtype="float32", axis=1))
attempt("reshape('1', copy=0)", lambda: x.reshape("1", copy=0))
attempt("reshape(2, 0.5, foo=0)", lambda: x.reshape(2, 0.5, foo=0))
attempt("reshape((None,), foo=0)", lambda: x.reshape((None,), foo=0))
attempt("reshape(shape=(5,), reverse=False)", lambda: x.reshape(shape=(5,), reverse=False))
s = mx.nd.ones((3, 1))
for axis in ["1", ("1",), (0, 0), (5,), (-1,), 1, None]:
    attempt("squeeze(%r, inplace=True)" % (axis,), lambda: s.squeeze(axis, inplace=True))
y = mx.nd.ones((4, 5, 3))
attempt("clip(np.int64(1), 1, begin=...)", lambda: y.clip(np.int64(1), 1, begin="row_sparse"))
attempt("clip(a_min=np.float32(0.5), a_max=np.int32(2), foo=5)",
        lambda: y.clip(a_min=np.float32(0.5), a_max=np.int32(2), foo=5))
attempt("transpose(-1, foo=5)", lambda: y.transpose(-1, foo=5))
attempt("transpose(2, foo=5)", lambda: y.transpose(2, foo=5))
attempt("transpose(1)", lambda: y.transpose(1))
v = mx.nd.arange(6)
attempt("transpose(0)", lambda: v.transpose(0))
v.attach_grad()
with mx.autograd.record():
    z = v.transpose(0)
z.backward()
print(v.grad)
w = mx.nd.arange(6).reshape((2, 3))
attempt("transpose(-1, None)", lambda: mx.nd.ones((2,)).transpose(-1, None))
attempt("transpose('constant', np.float32(2.5))", lambda: w.transpose("constant", np.float32(2.5)))
attempt("transpose((1, 0), None)", lambda: w.transpose((1, 0), None))
o = mx.nd.zeros((3, 2))
attempt("transpose((1, 0), o)", lambda: w.transpose((1, 0), o))
print(o)
attempt("transpose((1, 0), None, 'nm')", lambda: w.transpose((1, 0), None, "nm"))
attempt("transpose((1, 0), [1])", lambda: w.transpose((1, 0), [1]))
attempt("transpose((1, 0), 3)", lambda: w.transpose((1, 0), 3))
i8 = mx.nd.ones((2, 5), dtype="int8")
attempt("transpose('constant', (), 2, dtype=2, is_ascend=5)", lambda: i8.transpose("constant", (), 2, dtype=2, is_ascend=5))
attempt("nd.transpose('constant', dtype=2, is_ascend=5)", lambda: mx.nd.transpose(i8, "constant", dtype=2, is_ascend=5))
attempt("nd.sum(axis='a', foo=1, dtype=2)", lambda: mx.nd.sum(i8, axis="a", foo=1, dtype=2))

"""nd._internal._set_value (legacy): src read as float32 text by dmlc's stof then C-cast to out's dtype (dense, sliced,
row_sparse, csr), argument binding, missing src/out, bad text, out of range, out lists, recording, sym creation."""
import inspect
import numpy as np
import mxnet as mx

f = mx.nd._internal._set_value


def t(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, r.asnumpy().tolist() if isinstance(r, mx.nd.NDArray) else r)
    except Exception as e:
        print(label, "EXC", type(e).__name__, str(e).replace("\n", " | ")[:400])


print(f.__name__, inspect.signature(f), inspect.signature(mx.sym._internal._set_value))
for dt in ["float32", "float16", "float64", "int32", "int64", "int8", "uint8", "bool"]:
    for v in [3.7, -1.5, 0.1, 300, 2 ** 31, 2 ** 40 + 1, float("nan"), float("inf"), 70000, 0.5]:
        t(f"{dt} {v!r}", lambda: f(src=v, out=mx.nd.zeros((2,), dtype=dt)))
for s in ["1.1e-38", "1.2e-38", "3.4028234e38", "3.41e38", "-3.5e38", "0e-50", "1e-45", "1e38", "-0.0", "  7", "",
          "e5", ".5", "-.5e1", "0x10", "1,5", "nan(abc)", "infinity", "INF", "+3", " 3.5e0xyz", "abc", True, None,
          np.float64(0.1), 123456.789, 2.5e10, 3.3e-7]:
    t(repr(s), lambda: f(src=s, out=mx.nd.zeros((1,), dtype="float64")))
a = mx.nd.zeros((2, 3))
print(f(src=2.5, out=a) is a)
t("pos2", lambda: f(1.5, a))
t("pos3", lambda: f(1.5, a, "nm"))
t("pos4", lambda: f(1.5, a, "nm", 3))
t("dup", lambda: f(1.5, src=2))
t("extra kw", lambda: f(src=4, out=a, foo=1))
t("none", lambda: f())
t("no out", lambda: f(src=1.0))
t("no out bad", lambda: f(src="abc"))
t("no src", lambda: f(out=a))
t("list1", lambda: f(src=1, out=[mx.nd.zeros((2,))]))
t("list2", lambda: f(src=1, out=[mx.nd.zeros((1,)), mx.nd.zeros((1,))]))
t("list0", lambda: f(src=1, out=[]))
t("list2 bad", lambda: f(src="abc", out=[mx.nd.zeros((1,)), mx.nd.zeros((1,))]))
t("out int", lambda: f(src=8, out=3))
t("out str", lambda: f(src=1, out="x"))
t("np out", lambda: f(src=8, out=mx.np.zeros((2,))))
b = mx.nd.zeros((3, 4))
f(src=7, out=b[1])
f(src=8, out=b[2:3])
print(b.asnumpy().tolist())
for dt in ["float32", "float16", "int32"]:
    rs = mx.nd.sparse.zeros("row_sparse", (3, 2), dtype=dt)
    r = f(src=0.1, out=rs)
    print(type(r).__name__, r is rs, rs.indices.asnumpy().tolist(), rs.data.asnumpy().tolist())
rs = mx.nd.sparse.row_sparse_array((np.ones((1, 2)), [1]), shape=(3, 2))
f(src=5, out=rs)
print(rs.indices.asnumpy().tolist(), rs.data.asnumpy().tolist())
cs = mx.nd.sparse.csr_matrix((np.array([1., 2]), np.array([0, 1]), np.array([0, 1, 2, 2])), shape=(3, 2))
t("csr", lambda: type(f(src=2.0, out=cs)).__name__)
t("csr read", lambda: cs.data.asnumpy().tolist())
t("csr again", lambda: cs.asnumpy().tolist())
with mx.autograd.record():
    t("rec fresh", lambda: f(src=2.0, out=mx.nd.zeros((2,))))
x = mx.nd.ones((2,))
x.attach_grad()
with mx.autograd.record():
    t("rec leaf", lambda: f(src=2.0, out=x))
    y = x * 2
print(x.asnumpy().tolist())
y.backward()
print(x.grad.asnumpy().tolist())
with mx.autograd.record():
    y = x * 2
    t("rec y", lambda: f(src=3.0, out=y))
print(y.asnumpy().tolist())
s = mx.sym._internal._set_value(src=2.0, foo=3, name="sv")
print(s.list_arguments(), s.list_outputs(), s.tojson())
print(mx.sym._internal._set_value().tojson())
t("sym data", lambda: mx.sym._internal._set_value(mx.sym.var("x"), src=1))
t("infer_shape_partial", lambda: s.infer_shape_partial())
t("infer_type_partial", lambda: s.infer_type_partial())
t("eval", lambda: s.eval(ctx=mx.cpu()))

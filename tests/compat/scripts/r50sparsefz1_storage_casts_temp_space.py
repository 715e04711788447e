"""MXNet's storage casts (dense to csr or row_sparse and back, a same-type tostype), its csr row slice, its csr-dense dot and the sparse kernels of elemwise_add, add_n and the scalar operators (and their storage fallbacks) each take a temp space copy (add_n's storage fallback two), so a failed cast of a 3-D array to csr leaves its error in one copy and the operator taking that copy next, four copies later, fails with it."""
# recorded on AMD AVX2
import mxnet as mx

a = mx.nd.sparse.csr_matrix(([1., 2, 3], [0, 2, 1], [0, 2, 2, 3]), shape=(3, 4))
r = mx.nd.sparse.row_sparse_array(([[1., 2], [3, 4]], [1, 3]), shape=(4, 2))
x = mx.nd.ones((2, 2))
ops = [
    ("sum", lambda: mx.nd.sum(x)),
    ("x.tostype('csr')", lambda: x.tostype("csr")),
    ("cast_storage(x, 'csr')", lambda: mx.nd.cast_storage(x, "csr")),
    ("x.tostype('row_sparse')", lambda: x.tostype("row_sparse")),
    ("x.tostype('default')", lambda: x.tostype("default")),
    ("csr.tostype('default')", lambda: a.tostype("default")),
    ("rsp.tostype('default')", lambda: r.tostype("default")),
    ("csr.tostype('csr')", lambda: a.tostype("csr")),
    ("csr_matrix(dense)", lambda: mx.nd.sparse.csr_matrix(x)),
    ("row_sparse_array(numpy)", lambda: mx.nd.sparse.row_sparse_array(x.asnumpy())),
    ("add_n(csr, csr)", lambda: mx.nd.add_n(a, a)),
    ("add_n(rsp, rsp)", lambda: mx.nd.add_n(r, r)),
    ("add_n(rsp, dense)", lambda: mx.nd.add_n(r, x.tile((2, 1)))),
    ("elemwise_add(csr, dense)", lambda: mx.nd.elemwise_add(a, mx.nd.ones((3, 4)))),
    ("csr[1:2]", lambda: a[1:2]),
    ("sparse.dot(csr, dense)", lambda: mx.nd.sparse.dot(a, mx.nd.ones((4, 2)))),
    ("sparse.slice(csr, 2-D)", lambda: mx.nd.sparse.slice(a, begin=(0, 1), end=(2, 3))),
    ("sparse.add_n(rsp, rsp, rsp)", lambda: mx.nd.sparse.add_n(r, r, r)),
    ("-csr", lambda: -a),
    ("csr / 2", lambda: a / 2),
    ("csr * 2", lambda: a * 2),
    ("rsp + 1", lambda: r + 1),
    ("sin(csr)", lambda: mx.nd.sin(a)),
    ("retain", lambda: mx.nd.sparse.retain(r, mx.nd.array([1]))),
    ("zeros_like(csr)", lambda: mx.nd.zeros_like(a)),
]
mx.nd.waitall()
for label, op in ops:
    c = mx.nd.cast_storage(mx.nd.ones((2, 2, 2)), "csr")
    print(label, c.stype, c.shape)
    seen = []
    for i in range(5):
        try:
            op().wait_to_read()
            seen.append("ok")
        except mx.base.MXNetError as e:
            seen.append("failed: " + str(e).strip().splitlines()[-1])
    print("  " + "\n  ".join(seen))
    try:
        mx.nd.waitall()
        print("  waitall passes")
    except mx.base.MXNetError as e:
        print("  waitall: " + str(e).strip().splitlines()[-1])

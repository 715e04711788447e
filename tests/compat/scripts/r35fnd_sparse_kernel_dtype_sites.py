"""Integer and float16 operands of csr kernels (add, sub, mul, dot) and sparse norms are refused at each kernel's line."""
# recorded on AVX2
import mxnet as mx
nd = mx.nd


def show(label, f):
    try:
        r = f()
        print(label, r.stype, r.asnumpy().ravel().tolist())
    except mx.base.MXNetError as e:
        print(label, str(e).strip().split("\n")[1:3])


for dtype in ["int32", "float16", "int64", "uint8"]:
    a = nd.array([[1, 0, 2], [0, 3, 0]], dtype=dtype)
    c, r = a.tostype("csr"), a.tostype("row_sparse")
    d = nd.array([[1, 2, 3], [4, 5, 6]], dtype=dtype)
    w = nd.array([[1, 2], [3, 4], [5, 6]], dtype=dtype)
    print("--", dtype)
    show("add csr+dns", lambda: nd.elemwise_add(c, d))
    show("add dns+csr", lambda: nd.elemwise_add(d, c))
    show("sub csr-dns", lambda: nd.elemwise_sub(c, d))
    show("sub dns-csr", lambda: nd.elemwise_sub(d, c))
    show("mul csr*dns", lambda: nd.elemwise_mul(c, d))
    show("mul dns*csr", lambda: nd.elemwise_mul(d, c))
    show("sparse.add", lambda: nd.sparse.add(c, d))
    show("sparse.subtract", lambda: nd.sparse.subtract(c, d))
    show("sparse.multiply", lambda: nd.sparse.multiply(c, d))
    show("op csr*dns", lambda: c * d)
    show("op csr+dns", lambda: c + d)
    show("op dns-csr", lambda: d - c)

    def iadd():
        x = d.copy()
        x += c
        return x

    def isub():
        x = d.copy()
        x -= c
        return x
    show("iadd", iadd)
    show("isub", isub)
    show("dot csr.dns", lambda: nd.sparse.dot(c, w))
    show("dot csrT.dns", lambda: nd.sparse.dot(c, d, transpose_a=True))
    show("dot dns.csr", lambda: nd.sparse.dot(w, c))
    show("dot dns.csrT", lambda: nd.sparse.dot(d, c, transpose_b=True))
    show("dot csr.rsp", lambda: nd.sparse.dot(c, w.tostype("row_sparse")))
    show("dot csrT.rsp", lambda: nd.sparse.dot(c, d.tostype("row_sparse"), transpose_a=True))
    show("norm csr", lambda: nd.norm(c))
    show("norm rsp", lambda: nd.norm(r))
    show("norm csr ord1", lambda: nd.norm(c, ord=1))
    show("norm rsp axis", lambda: nd.norm(r, axis=1))
for dtype in ["int32", "float16", "uint8"]:
    c = nd.array([[1, 0, 2], [0, 3, 0]], dtype=dtype).tostype("csr")
    for kw in [{}, {"axis": 1}, {"axis": 0}]:
        try:
            print(nd.norm(c, **kw).asnumpy())
        except mx.base.MXNetError as e:
            print(dtype, kw, str(e).strip().split("\n")[1:3])

"""edge_id and getnnz: shape checks before the dense-storage refusal, then results on csr graphs."""
import mxnet as mx
from _words import words

C = mx.nd.contrib


def A(*shape, dtype="float32"):
    return mx.nd.ones(shape, dtype=dtype)


def show(tag, fn):
    try:
        y = fn()
        print(tag, y.shape, y.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(tag, words(e))


graph = mx.nd.array([[0, 1, 2], [3, 0, 4], [0, 5, 0]], dtype="int64").tostype("csr")
for name, data in (("dense", A(3, 3)), ("csr", graph)):
    show(f"edge_id {name} u2d", lambda: C.edge_id(data, A(2, 3), A(2)))
    show(f"edge_id {name} v2d", lambda: C.edge_id(data, A(2), A(2, 3)))
    show(f"edge_id {name} u/v", lambda: C.edge_id(data, A(2), A(3)))
    show(f"edge_id {name} ok", lambda: C.edge_id(data, mx.nd.array([0, 1, 2]), mx.nd.array([1, 1, 1])))
for shape in ((1, 2, 3, 4), (3,), (2, 3)):
    show(f"getnnz dense {shape}", lambda: C.getnnz(A(*shape)))
show("getnnz csr", lambda: C.getnnz(graph))
show("getnnz csr axis 1", lambda: C.getnnz(graph, axis=1))
show("getnnz csr axis 0", lambda: C.getnnz(graph, axis=0))

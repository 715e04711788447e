"""getnnz/edge_id count and read csr stored values (explicit zeros too) and refuse dense inputs;
argmax_channel keeps the input's dtype; sort's gradient needs an explicit axis."""
import numpy as np
import mxnet as mx


def show(name, f):
    try:
        r = f()
        print(name, r.dtype.__name__, r.shape, r.asnumpy().tolist())
    except Exception as e:      # noqa: BLE001 - the error class is compared
        print(name, "error", type(e).__name__)


c = mx.nd.sparse.csr_matrix((np.array([1., 0., 3.]), np.array([0, 2, 1]), np.array([0, 2, 2, 3])), shape=(3, 3))
show("getnnz", lambda: mx.nd.contrib.getnnz(c))
show("getnnz_rows", lambda: mx.nd.contrib.getnnz(c, axis=1))
show("getnnz_axis0", lambda: mx.nd.contrib.getnnz(c, axis=0))
show("getnnz_axis-1", lambda: mx.nd.contrib.getnnz(c, axis=-1))
show("getnnz_int", lambda: mx.nd.contrib.getnnz(c.astype("int32")))
show("getnnz_dense", lambda: mx.nd.contrib.getnnz(mx.nd.ones((2, 2))))
show("getnnz_row_sparse", lambda: mx.nd.contrib.getnnz(mx.nd.ones((2, 2)).tostype("row_sparse")))
show("edge_id", lambda: mx.nd.contrib.edge_id(c, mx.nd.array([0, 0, 1, 2, 2]), mx.nd.array([0, 2, 1, 1, 0])))
show("edge_id_dense", lambda: mx.nd.contrib.edge_id(mx.nd.ones((2, 2)), mx.nd.array([0]), mx.nd.array([1])))
for dt in ("float16", "float32", "float64", "int32", "uint8"):
    show("argmax_channel_" + dt, lambda: mx.nd.argmax_channel(mx.nd.array([[1, 3], [4, 2]], dtype=dt)))
show("argmax_channel_3d", lambda: mx.nd.argmax_channel(mx.nd.array([[[1, 3], [4, 2]]])))


def sort_grad(**kw):
    x = mx.nd.array([[0.3, 0.1], [0.2, 0.4]])
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.sort(x, **kw)
    y.backward(mx.nd.arange(1, 5).reshape(y.shape))
    return x.grad


show("sort_grad", sort_grad)
show("sort_grad_descending", lambda: sort_grad(is_ascend=False))
show("sort_grad_axis-1", lambda: sort_grad(axis=-1))
show("sort_grad_axis0_descending", lambda: sort_grad(axis=0, is_ascend=False))
show("sort_grad_axis_none", lambda: sort_grad(axis=None))


def sym_sort_grad(**kw):
    x = mx.nd.array([[0.3, 0.1], [0.2, 0.4]])
    ex = mx.sym.sort(mx.sym.var("a"), **kw).bind(mx.cpu(), {"a": x}, args_grad={"a": mx.nd.zeros((2, 2))})
    ex.forward(is_train=True)
    ex.backward(mx.nd.array([[1, 2], [3, 4]]))
    return ex.grad_arrays[0]


show("sym_sort_grad", sym_sort_grad)
show("sym_sort_grad_axis1", lambda: sym_sort_grad(axis=1))

"""Sparse arrays refuse what MXNet refuses: size, the truth of one element, assigning parts, row_sparse keys
other than [:], and zero-size arrays outside NumPy shapes (allowed under npx.set_np())."""
import numpy as np

import mxnet as mx


def show(label, fn):
    try:
        out = fn()
        print(label, "->", repr(out).replace("\n", "|"))
    except Exception as e:       # noqa: BLE001 -- the error class is part of the behaviour
        print(label, "-> error", type(e).__name__)


def made():
    csr = mx.nd.sparse.csr_matrix(([1.5, 2.0, 3.0], [0, 2, 1], [0, 2, 2, 3]), shape=(3, 3))
    rsp = mx.nd.sparse.row_sparse_array(([[1, 2], [3, 4]], [0, 2]), shape=(4, 2))
    return csr, rsp


for kind in range(2):
    name = ("csr", "rsp")[kind]
    a = made()[kind]
    show(f"{name} size", lambda: a.size)
    show(f"{name} shape ndim", lambda: (a.shape, a.ndim, len(a)))
    show(f"{name} bool", lambda: bool(a))
    show(f"{name} set data", lambda: setattr(a, "data", a.data))
    show(f"{name} set indices", lambda: setattr(a, "indices", a.indices))
    show(f"{name} [:, 1]", lambda: a[:, 1])
    show(f"{name} [1:2] stype", lambda: a[1:2].stype)
    show(f"{name} [:]", lambda: a[:].shape)
    show(f"{name} [0]", lambda: a[0].shape)
    show(f"{name} [np.int64(0)]", lambda: a[np.int64(0)].shape)
    show(f"{name} [True]", lambda: a[True].shape)
show("csr set indptr", lambda: setattr(made()[0], "indptr", made()[0].indptr))
show("csr bool 1x1", lambda: bool(mx.nd.sparse.zeros("csr", (1, 1))))
show("rsp bool 2x2", lambda: bool(mx.nd.sparse.zeros("row_sparse", (2, 2))))

for np_shape in (False, True):
    mx.npx.set_np(shape=np_shape, array=False)
    print("np shape", np_shape)
    show("  zeros csr (0, 3)", lambda: mx.nd.sparse.zeros("csr", (0, 3)))
    show("  zeros row_sparse (3, 0)", lambda: mx.nd.sparse.zeros("row_sparse", (3, 0)))
    show("  nd.zeros stype csr", lambda: mx.nd.zeros((0, 3), stype="csr"))
    show("  empty csr", lambda: mx.nd.sparse.empty("csr", (0, 3)))
    show("  csr_matrix((0, 3))", lambda: mx.nd.sparse.csr_matrix((0, 3)))
    show("  row_sparse_array((0, 2))", lambda: mx.nd.sparse.row_sparse_array((0, 2)))
    show("  csr_matrix(dense (0, 3))", lambda: mx.nd.sparse.csr_matrix(np.zeros((0, 3))))
    show("  row_sparse_array(dense (2, 0, 3))", lambda: mx.nd.sparse.row_sparse_array(np.zeros((2, 0, 3))))
    show("  row_sparse_array(dense (0, 3))", lambda: mx.nd.sparse.row_sparse_array(np.zeros((0, 3))))
    show("  tostype csr", lambda: mx.nd.array(np.zeros((0, 3))).tostype("csr"))
    show("  cast_storage row_sparse", lambda: mx.nd.cast_storage(mx.nd.array(np.zeros((2, 0))), "row_sparse"))
    show("  csr from parts (0, 3)", lambda: mx.nd.sparse.csr_matrix(([], [], [0]), shape=(0, 3)))
    show("  csr from coo (0, 3)", lambda: mx.nd.sparse.csr_matrix(([], ([], [])), shape=(0, 3)))
    show("  rsp from parts (0, 3)", lambda: mx.nd.sparse.row_sparse_array((np.zeros((0, 3)), []), shape=(0, 3)))
mx.npx.reset_np()

csr = made()[0]
for key in ["5", "-4", "-2", "-1", "slice(1, 10)", "slice(2, 1)", "slice(-2, None)", "slice(0, 0)", "False", "True",
            "slice(None, None, 1)", "None"]:
    show(f"csr[{key}]", lambda: csr[eval(key)].asnumpy().tolist())

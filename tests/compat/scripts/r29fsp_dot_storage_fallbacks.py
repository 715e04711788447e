"""nd.dot with csr/row_sparse operands, transposed or not, with each forward_stype: the output storage, and the
storage fallback MXNet reports on stderr wherever none of its sparse dot kernels writes that output."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _storage_log import logged

nd = mx.nd


a = np.array([[0, 1, 0], [2, 0, 3], [0, 0, 0]], dtype="float32")
b = np.array([[1, 0, 2], [0, 0, 0], [3, 4, 0]], dtype="float32")
kinds = {"dns": lambda x: nd.array(x), "csr": lambda x: nd.array(x).tostype("csr"),
         "rsp": lambda x: nd.array(x).tostype("row_sparse")}
for ta in (False, True):
    for tb in (False, True):
        given = dict(([("transpose_a", True)] if ta else []) + ([("transpose_b", True)] if tb else []))
        for k1 in kinds:
            for k2 in kinds:
                if k1 == k2 == "dns":
                    continue
                print(f"dot({k1}, {k2}, {given}) ->", logged(lambda: nd.dot(kinds[k1](a), kinds[k2](b), **given)))
                for fs in ("default", "csr", "row_sparse"):
                    print(f"dot({k1}, {k2}, {given}, forward_stype={fs}) ->",
                          logged(lambda: nd.dot(kinds[k1](a), kinds[k2](b), forward_stype=fs, **given)))
print("sparse.dot(rsp, dns, transpose_a=False) ->",
      logged(lambda: mx.nd.sparse.dot(kinds["rsp"](b), kinds["dns"](a), transpose_a=False)))

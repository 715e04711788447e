"""add_n/ElementWiseSum/concat of sparse arrays without a sparse kernel report their storage fallback with the
count of inputs MXNet's front end states (num_args), once per message."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _storage_log import logged

nd = mx.nd


a = nd.array(np.array([[0, 1], [2, 0]], dtype="float32"))
c, r = a.tostype("csr"), a.tostype("row_sparse")
print("add_n(csr, rsp) ->", logged(lambda: nd.add_n(c, r)))
print("add_n(rsp, rsp, rsp) ->", logged(lambda: nd.add_n(r, r, r)))
print("add_n(dns, rsp, dns) ->", logged(lambda: nd.add_n(a, r, a)))
print("ElementWiseSum(rsp, dns) ->", logged(lambda: nd.ElementWiseSum(r, a)))
print("sparse.add_n(csr, csr) ->", logged(lambda: nd.sparse.add_n(c, c)))
print("add_n(csr, csr, num_args=2) ->", logged(lambda: nd.add_n(c, c, num_args=2)))
print("concat(csr, rsp, dim=1) ->", logged(lambda: nd.concat(c, r, dim=1)))
print("concat(rsp, rsp) ->", logged(lambda: nd.concat(r, r)))
print("Concat(csr, dns, dim=0) ->", logged(lambda: nd.Concat(c, a, dim=0)))
print("concat(csr, csr, dim=0) ->", logged(lambda: nd.concat(c, c, dim=0)))
print("stack(csr, rsp) ->", logged(lambda: nd.stack(c, r)))

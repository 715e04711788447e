"""check_format refusals and the sparse dot kernel's rank checks print as MXNet's (led by their C++ source line); a failed sparse dot result raises on wait_to_read."""
# recorded on AVX2
import mxnet as mx

nd = mx.nd
cs = nd.array([[1, 0, 0], [0, 0, 2]]).tostype("csr")
cases = {
    "csr column out of range": lambda: nd.sparse.csr_matrix(([1., 2], [0, 5], [0, 1, 2]), shape=(2, 2)).check_format(),
    "csr unsorted columns": lambda: nd.sparse.csr_matrix(([1., 2], [1, 0], [0, 2, 2]), shape=(2, 2)).check_format(),
    "csr indptr not from 0": lambda: nd.sparse.csr_matrix(([1., 2], [0, 1], [1, 1, 2]), shape=(2, 2)).check_format(),
    "csr indptr decreasing": lambda: nd.sparse.csr_matrix(([1., 2], [0, 1], [0, 2, 1]), shape=(2, 2)).check_format(),
    "csr indptr short": lambda: nd.sparse.csr_matrix(([1., 2], [0, 1], [0, 1]), shape=(2, 2)).check_format(),
    "rsp row out of range": lambda: nd.sparse.row_sparse_array(([[1., 2]], [5]), shape=(2, 2)).check_format(),
    "rsp rows repeated": lambda: nd.sparse.row_sparse_array(([[1., 2], [3, 4]], [1, 1]), shape=(2, 2)).check_format(),
    "rsp rows negative": lambda: nd.sparse.row_sparse_array(([[1., 2], [3, 4]], [-1, 1]), shape=(2, 2)).check_format(),
    "dot csr vector": lambda: nd.dot(cs, nd.ones((3,))).wait_to_read(),
    "dot csr 3-d": lambda: nd.dot(cs, nd.ones((3, 2, 2))).wait_to_read(),
    "dot 3-d csr": lambda: nd.dot(nd.ones((2, 2, 3)), nd.array([[1, 0], [0, 0], [0, 2]]).tostype("csr")).wait_to_read(),
    "dot csr.T vector": lambda: nd.dot(cs, nd.ones((2,)), transpose_a=True).wait_to_read(),
}
for label, call in cases.items():
    try:
        call()
        print(label, "ok")
    except mx.base.MXNetError as e:
        print(label, "MXNetError", str(e).splitlines())

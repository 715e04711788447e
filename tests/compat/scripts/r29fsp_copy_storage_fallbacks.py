"""copyto between a dense array and a csr or row_sparse one reports MXNet's copy storage fallback on stderr (once
for each direction), before the copy's own checks fail when the target is read."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _storage_log import logged

nd = mx.nd


a = np.array([[0, 1, 0], [2, 0, 3]], dtype="float32")
print("csr into dense float16 ->", logged(lambda: nd.array(a).tostype("csr").copyto(nd.zeros((2, 3), dtype="float16"))))
print("csr into dense ->", logged(lambda: nd.array(a).tostype("csr").copyto(nd.zeros((2, 3)))))
print("row_sparse into dense ->", logged(lambda: nd.array(a).tostype("row_sparse").copyto(nd.zeros((2, 3)))))
print("dense into csr float64 ->",
      logged(lambda: nd.array(a).copyto(nd.sparse.zeros("csr", (2, 3), dtype="float64"))))
print("dense into csr ->", logged(lambda: nd.array(a).copyto(nd.sparse.zeros("csr", (2, 3)))))
print("dense into row_sparse ->", logged(lambda: nd.array(a).copyto(nd.sparse.zeros("row_sparse", (2, 3)))))
print("csr into csr ->", logged(lambda: nd.array(a).tostype("csr").copyto(nd.sparse.zeros("csr", (2, 3)))))


def assigned():
    x = nd.sparse.zeros("row_sparse", (2, 3))
    x[:] = nd.array(a)
    return x


print("row_sparse[:] = dense ->", logged(assigned))


def added():
    x = nd.array(a).tostype("csr")
    x += nd.ones((2, 3))
    return x


print("csr += dense ->", logged(added))

# mxnet.ndarray.utils offers zeros/empty/array (dense or sparse by stype), as in MXNet.
import mxnet as mx
from mxnet.ndarray.utils import zeros, empty, array
print(zeros((2,)), zeros((2,3), stype="csr"), zeros((2,3), stype="row_sparse", dtype="float16"), array([1,2]), array(mx.nd.ones((2,2)).tostype("csr")), empty((2,3), stype="csr"))

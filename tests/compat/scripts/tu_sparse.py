import numpy as np
import mxnet as mx
from mxnet import test_utils as tu

np.random.seed(7)
mx.random.seed(7)
rsp, (val, idx) = tu.rand_sparse_ndarray((6, 3), 'row_sparse', density=0.5)
print(type(rsp).__name__, rsp.stype, rsp.shape, rsp.dtype, idx.tolist())
print(np.round(val, 6).tolist())
print(rsp.indices.asnumpy().tolist(), np.array_equal(rsp.data.asnumpy(), val))
csr, (indptr, indices, data) = tu.rand_sparse_ndarray((4, 5), 'csr', density=0.4)
print(type(csr).__name__, csr.shape, indptr.asnumpy().tolist(), indices.asnumpy().tolist())
print(np.round(data.asnumpy(), 6).tolist())
r2, parts = tu.rand_sparse_ndarray((5, 2), 'row_sparse', density=0.6, dtype='float64', data_init=3.0)
print(r2.dtype, r2.indices.asnumpy().tolist(), r2.data.asnumpy().tolist())
r3, parts = tu.rand_sparse_ndarray((5, 2), 'row_sparse', rsp_indices=np.array([1, 4]), modifier_func=lambda v: v * 10)
print(r3.indices.asnumpy().tolist(), np.round(r3.data.asnumpy(), 5).tolist())
e, parts = tu.rand_sparse_ndarray((3, 2), 'row_sparse', density=0.0)
print(e.stype, e.indices.asnumpy().tolist(), parts[0].dtype, parts[0].tolist(), parts[1].tolist())
p, parts = tu.rand_sparse_ndarray((4, 8), 'csr', density=0.5, distribution='powerlaw')
print(p.indptr.asnumpy().tolist(), p.indices.asnumpy().tolist())
print(np.round(p.data.asnumpy(), 5).tolist())
d = tu.rand_sparse_ndarray((3, 3), 'row_sparse')
print(d[0].indices.asnumpy().tolist())
print(tu.rand_ndarray((2, 3)).asnumpy().round(5).tolist(), tu.rand_ndarray((2, 2), dtype='float64').dtype)
print(tu.rand_ndarray((4, 4), 'csr', density=0.5).indptr.asnumpy().tolist())
print(tu.create_sparse_array((5, 3), 'row_sparse', rsp_indices=[4, 0, 2], data_init=1.5).indices.asnumpy().tolist())
c = tu.create_sparse_array((3, 4), 'csr', density=0.5)
print(c.stype, c.indptr.asnumpy().tolist(), c.indices.asnumpy().tolist())
z = tu.create_sparse_array_zd((4, 2), 'row_sparse', density=0.9, rsp_indices=[3])
print(z.indices.asnumpy().tolist(), z.data.shape)
z = tu.create_sparse_array_zd((4, 2), 'row_sparse', density=0.9)
print(z.indices.asnumpy().tolist(), z.data.shape)
for bad in [lambda: tu.create_sparse_array((2, 2), 'dense'),
            lambda: tu.rand_sparse_ndarray((2, 2), 'row_sparse', distribution='powerlaw'),
            lambda: tu.rand_sparse_ndarray((2, 2), 'csr', density=2.0),
            lambda: tu.rand_sparse_ndarray((2, 2), 'csr', density=0.1, distribution='powerlaw'),
            lambda: tu.rand_sparse_ndarray((2, 2, 2), 'csr', density=0.1)]:
    try:
        bad()
    except (AssertionError, ValueError) as err:
        print(type(err).__name__, str(err)[:60] if isinstance(err, ValueError) else '')
print(tu._get_powerlaw_dataset_csr(3, 3, density=0.9).asnumpy().round(4).tolist())
try:
    tu._validate_csr_generation_inputs(0, 3, 0.5)
except ValueError as err:
    print(err)
print(tu.create_vector(5), tu.create_vector(3, dtype='float32').dtype)
print(tu.create_2d_tensor(3, 2))
print(tu.get_identity_mat(3))
print(tu.get_identity_mat_batch(2).shape, tu.get_identity_mat_batch(2).dtype)

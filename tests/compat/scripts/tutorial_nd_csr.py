import mxnet as mx
import numpy as np
mx.random.seed(11)
shape = (3, 4)
data_list = [7, 8, 9]
indices_list = [0, 2, 1]
indptr_list = [0, 2, 2, 3]
a = mx.nd.sparse.csr_matrix((data_list, indices_list, indptr_list), shape=shape)
print(repr(a.asnumpy()))
print(a, a.stype, a.dtype)
data_np = np.array([7, 8, 9])
indptr_np = np.array([0, 2, 2, 3])
indices_np = np.array([0, 2, 1])
b = mx.nd.sparse.csr_matrix((data_np, indices_np, indptr_np), shape=shape)
print(repr(b.asnumpy()), b.dtype)
print({'a':a.asnumpy(), 'b':b.asnumpy()})
try:
    import scipy.sparse as spsp
    c = spsp.csr_matrix((data_np, indices_np, indptr_np), shape=shape)
    d = mx.nd.sparse.array(c)
    print('d:{}'.format(d.asnumpy()), d.dtype)
except ImportError:
    print('d:[[7 0 8 0]\n [0 0 0 0]\n [0 9 0 0]] <class \'numpy.int64\'>')

big_array = mx.nd.round(mx.nd.random.uniform(low=0, high=1, shape=(1000, 100)))
print(big_array)
big_array_csr = big_array.tostype('csr')
indices = big_array_csr.indices
indptr = big_array_csr.indptr
data = big_array_csr.data
print(indices.shape, indptr.shape, data.shape, indptr[-1].asscalar(), big_array.sum().asscalar())
print(indices[:10], indptr[:5])
e = mx.nd.sparse.array(a)
f = mx.nd.array(a, dtype=np.float16)
print((e.dtype, f.dtype), type(e).__name__, type(f).__name__)
print(repr(a.asnumpy()))
data = a.data
indices = a.indices
indptr = a.indptr
print({'a.stype': a.stype, 'data':data, 'indices':indices, 'indptr':indptr})
ones = mx.nd.ones((2,2))
csr = ones.tostype('csr')
dense = csr.tostype('default')
print({'csr':csr, 'dense':dense})
ones = mx.nd.ones((2,2))
csr = mx.nd.sparse.cast_storage(ones, 'csr')
dense = mx.nd.sparse.cast_storage(csr, 'default')
print({'csr':csr, 'dense':dense})
a = mx.nd.ones((2,2)).tostype('csr')
b = a.copy()
c = mx.nd.sparse.zeros('csr', (2,2))
c[:] = a
d = mx.nd.sparse.zeros('csr', (2,2))
a.copyto(d)
print({'b is a': b is a, 'b.asnumpy()':b.asnumpy(), 'c.asnumpy()':c.asnumpy(), 'd.asnumpy()':d.asnumpy()})
e = mx.nd.sparse.zeros('csr', (2,2))
f = mx.nd.sparse.zeros('csr', (2,2))
g = mx.nd.ones(e.shape)
e[:] = g
g.copyto(f)
print({'e.stype':e.stype, 'f.stype':f.stype, 'g.stype':g.stype}, e.asnumpy(), f.asnumpy())
a = mx.nd.array(np.arange(6).reshape(3,2)).tostype('csr')
b = a[1:2].asnumpy()
c = a[:].asnumpy()
print({'a':a, 'b':b, 'c':c})
print(a[1:2], a[1:2].indptr, a[1:2].indices, a[1:2].data)
shape = (3, 4)
data = [7, 8, 9]
indptr = [0, 2, 2, 3]
indices = [0, 2, 1]
a = mx.nd.sparse.csr_matrix((data, indices, indptr), shape=shape)
rhs = mx.nd.ones((4, 1))
out = mx.nd.sparse.dot(a, rhs)
print({'out':out})
print(mx.nd.sparse.dot(a, mx.nd.ones((3, 2)), transpose_a=True))
b = a * 2
c = a + mx.nd.ones(shape=(3, 4))
print({'b.stype':b.stype, 'c.stype':c.stype})
e = mx.nd.sparse.zeros('csr', a.shape)
d = mx.nd.log(a)
e = mx.nd.log(a, out=e)
print({'a.stype':a.stype, 'd.stype':d.stype, 'e.stype':e.stype})
print(d, e.asnumpy())
data = mx.nd.array(np.arange(36).reshape((9,4))).tostype('csr')
labels = np.ones([9, 1])
batch_size = 3
dataiter = mx.io.NDArrayIter(data, labels, batch_size, last_batch_handle='discard')
batches = [batch.data[0] for batch in dataiter]
print(batches)
print([b.asnumpy().sum() for b in batches])
print(dataiter.provide_data, dataiter.provide_label)

"""Tutorial packages/ndarray/sparse/row_sparse (1.x): creation, copies, retain, sparse dot, storage fallback, lazy and standard sparse optimizer updates."""
import mxnet as mx
import numpy as np
X = mx.nd.array([[1,0]])
W = mx.nd.array([[3,4,5], [6,7,8]])
Y = mx.nd.dot(X, W)
print({'X': X, 'W': W, 'Y': Y})
grad_W = mx.nd.dot(X, mx.nd.ones_like(Y), transpose_a=True)
print(grad_W)
shape = (6, 2)
data_list = [[1, 2], [3, 4]]
indices_list = [1, 4]
a = mx.nd.sparse.row_sparse_array((data_list, indices_list), shape=shape)
data_np = np.array([[1, 2], [3, 4]])
indices_np = np.array([1, 4])
b = mx.nd.sparse.row_sparse_array((data_np, indices_np), shape=shape)
print({'a':a, 'b':b}, b.dtype, b.indices.dtype)
c = mx.nd.sparse.array(a)
d = mx.nd.array(a, dtype=np.float16)
print((c.dtype, d.dtype), d.stype)
print(repr(a.asnumpy()))
data = a.data
indices = a.indices
print({'a.stype': a.stype, 'data':data, 'indices':indices})
ones = mx.nd.ones((2,2))
rsp = ones.tostype('row_sparse')
dense = rsp.tostype('default')
print({'rsp':rsp, 'dense':dense})
rsp = mx.nd.sparse.cast_storage(ones, 'row_sparse')
dense = mx.nd.sparse.cast_storage(rsp, 'default')
print({'rsp':rsp, 'dense':dense})
a = mx.nd.ones((2,2)).tostype('row_sparse')
b = a.copy()
c = mx.nd.sparse.zeros('row_sparse', (2,2))
c[:] = a
d = mx.nd.sparse.zeros('row_sparse', (2,2))
a.copyto(d)
print({'b is a': b is a, 'b.asnumpy()':b.asnumpy(), 'c.asnumpy()':c.asnumpy(), 'd.asnumpy()':d.asnumpy()})
e = mx.nd.sparse.zeros('row_sparse', (2,2))
f = mx.nd.sparse.zeros('row_sparse', (2,2))
g = mx.nd.ones(e.shape)
e[:] = g
g.copyto(f)
print({'e.stype':e.stype, 'f.stype':f.stype, 'g.stype':g.stype}, e.indices, f.indices)
data = [[1, 2], [3, 4], [5, 6]]
indices = [0, 2, 3]
rsp = mx.nd.sparse.row_sparse_array((data, indices), shape=(5, 2))
rsp_retained = mx.nd.sparse.retain(rsp, mx.nd.array([0, 1]))
print({'rsp.asnumpy()': rsp.asnumpy(), 'rsp_retained': rsp_retained, 'rsp_retained.asnumpy()': rsp_retained.asnumpy()}, rsp_retained.indices)
shape = (3, 5)
data = [7, 8, 9]
indptr = [0, 2, 2, 3]
indices = [0, 2, 1]
lhs = mx.nd.sparse.csr_matrix((data, indices, indptr), shape=shape)
rhs = mx.nd.ones((3, 2))
transpose_dot = mx.nd.sparse.dot(lhs, rhs, transpose_a=True)
print({'transpose_dot': transpose_dot, 'transpose_dot.asnumpy()': transpose_dot.asnumpy()}, transpose_dot.indices)
a = transpose_dot.copy()
b = a * 2
c = a + mx.nd.ones((5, 2))
print({'b.stype':b.stype, 'c.stype':c.stype})
e = mx.nd.sparse.zeros('row_sparse', a.shape)
d = mx.nd.log(a)
e = mx.nd.log(a, out=e)
print({'a.stype':a.stype, 'd.stype':d.stype, 'e.stype':e.stype}, e.indices, e.data)
shape = (4, 2)
weight = mx.nd.ones(shape).tostype('row_sparse')
data = [[1, 2], [4, 5]]
indices = [1, 2]
grad = mx.nd.sparse.row_sparse_array((data, indices), shape=shape)
sgd = mx.optimizer.SGD(learning_rate=0.01, momentum=0.01)
momentum = sgd.create_state(0, weight)
print({"grad.asnumpy()":grad.asnumpy(), "weight.asnumpy()":weight.asnumpy(), "momentum.asnumpy()":momentum.asnumpy()}, momentum.stype)
sgd.update(0, weight, grad, momentum)
print({"weight.asnumpy()":weight.asnumpy(), "momentum.asnumpy()":momentum.asnumpy()})
for opt in [mx.optimizer.Adam(learning_rate=0.1, wd=0.1), mx.optimizer.AdaGrad(learning_rate=0.1), mx.optimizer.SGD(learning_rate=0.1, momentum=0.9, wd=0.1, lazy_update=False),
            mx.optimizer.Ftrl(learning_rate=0.1), mx.optimizer.SGD(learning_rate=0.1, wd=0.1)]:
    w = mx.nd.ones(shape).tostype('row_sparse')
    st = opt.create_state(0, w)
    opt.update(0, w, grad, st); opt.update(0, w, grad, st)
    print(type(opt).__name__, w.asnumpy(), w.stype, [s.stype for s in (st if isinstance(st, tuple) else [st]) if s is not None])
w0 = np.random.RandomState(0).uniform(-1, 1, shape).astype('float32')
for lazy in (True, False):
    for wst in ('default', 'row_sparse'):
        for clip in (None, 0.5):
            for mom in (0, 0.9):
                kw = dict(learning_rate=0.1, wd=0.1, lazy_update=lazy, rescale_grad=0.7, momentum=mom)
                if clip:
                    kw['clip_gradient'] = clip
                opt = mx.optimizer.SGD(**kw)
                w = mx.nd.array(w0).tostype(wst)
                st = opt.create_state(0, w)
                opt.update(0, w, grad, st)
                opt.update(0, w, grad, st)
                print(lazy, wst, clip, mom, w.asnumpy().tolist())
# the update operators called directly on a row_sparse gradient (out=weight, as MXNet requires)
shape = (5, 2)
rs = np.random.RandomState(0)
w0, s0 = rs.uniform(-1, 1, shape).astype('float32'), rs.uniform(0, 1, shape).astype('float32')
grad = mx.nd.sparse.row_sparse_array((rs.uniform(-1, 1, (2, 2)).astype('float32'), [1, 3]), shape=shape)
for st in ('default', 'row_sparse'):
    for lazy in (True, False):
        w = mx.nd.array(w0).tostype(st)
        mx.nd.sgd_update(w, grad, out=w, lr=0.1, wd=0.1, lazy_update=lazy)
        print('sgd', st, lazy, w.asnumpy().tolist())
        w, m = mx.nd.array(w0).tostype(st), mx.nd.array(s0).tostype(st)
        mx.nd.sgd_mom_update(w, grad, m, out=w, lr=0.1, wd=0.1, momentum=0.9, lazy_update=lazy)
        print('mom', st, lazy, w.asnumpy().tolist(), m.asnumpy().tolist(), m.stype)
        w, m, v = mx.nd.array(w0).tostype(st), mx.nd.array(s0).tostype(st), mx.nd.array(s0 * 2).tostype(st)
        mx.nd.adam_update(w, grad, m, v, out=w, lr=0.1, wd=0.1, lazy_update=lazy)
        print('adam', st, lazy, w.asnumpy().tolist(), m.asnumpy().tolist(), v.asnumpy().tolist())
    w, z, n = mx.nd.array(w0).tostype(st), mx.nd.array(s0).tostype(st), mx.nd.array(s0 * 2).tostype(st)
    mx.nd.ftrl_update(w, grad, z, n, out=w, lr=0.1, wd=0.1)
    print('ftrl', st, w.asnumpy().tolist(), z.asnumpy().tolist(), n.asnumpy().tolist())

"""Sparse arrays: building vs check_format, shape checks, retain's call forms, storage of +/-0, broadcast
division/multiplication, transposed dot, nd.array of sparse sources, int slice bounds, sym.cast_storage."""
import numpy as np
import mxnet as mx


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, mx.nd.NDArray):      # reading the values also surfaces MXNet's deferred errors
            r = (type(r).__name__, r.stype, r.shape, np.round(r.asnumpy(), 4).tolist())
    except Exception as e:      # the class is what both must agree on
        print(label, "raises", type(e).__name__)
        return
    print(label, *r) if isinstance(r, tuple) and len(r) == 4 and isinstance(r[0], str) else print(label, r)


csr = mx.nd.sparse.csr_matrix
rsp = mx.nd.sparse.row_sparse_array
show("bad indptr builds", lambda: csr(([7, 8, 9], [0, 2, 1], [0, 5, 2, 3]), shape=(3, 4)).shape)
show("bad indptr check", lambda: csr(([7, 8, 9], [0, 2, 1], [0, 5, 2, 3]), shape=(3, 4)).check_format())
show("unsorted cols check", lambda: csr(([7, 8, 9], [2, 1, 1], [0, 2, 2, 3]), shape=(3, 4)).check_format())
show("unsorted cols quick", lambda: csr(([7, 8, 9], [2, 1, 1], [0, 2, 2, 3]), shape=(3, 4)).check_format(False))
show("indptr end check", lambda: csr(([7, 8, 9], [0, 1, 2], [0, 1, 1, 2]), shape=(3, 4)).check_format())
show("rsp out of range", lambda: rsp(([[1, 2], [3, 4]], [1, 4]), shape=(3, 2)).check_format())
show("rsp unsorted", lambda: rsp(([[1, 2], [3, 4]], [1, 0]), shape=(3, 2)).check_format())
show("rsp unsorted quick", lambda: rsp(([[1, 2], [3, 4]], [1, 0]), shape=(3, 2)).check_format(full_check=False))
show("rsp unsorted kept", lambda: rsp(([[1, 2], [3, 4]], [1, 0]), shape=(3, 2)).indices)
show("rsp unsorted dense", lambda: rsp(([[1, 2], [3, 4]], [1, 0]), shape=(3, 2)))
show("rsp too many indices", lambda: rsp(([[1, 2], [3, 4]], [1, 2, 0]), shape=(3, 2)))
show("csr shape vs shape", lambda: csr((2, 2), shape=(3, 2)))
show("rsp shape vs shape", lambda: rsp((2, 2), shape=(3, 2)))
show("csr dense vs shape", lambda: csr(mx.nd.ones((2, 2)), shape=(3, 2)))
show("rsp dense vs shape", lambda: rsp(np.ones((2, 2)), shape=(3, 2)))
show("csr dense same shape", lambda: csr(mx.nd.ones((2, 2)), shape=(2, 2)))
show("csr infer no indices", lambda: csr((mx.nd.array([]), mx.nd.array([], dtype='int64'),
                                          mx.nd.array([0, 0, 0], dtype='int64'))))
show("zeros bad stype", lambda: mx.nd.sparse.zeros('invalid', (2, 2)))
show("num_aux", lambda: (csr((2, 2))._num_aux, rsp((2, 2))._num_aux))

a = mx.nd.array([[1, 0, 2], [0, 0, 0], [0, 3, 0]])
c, r = a.tostype('csr'), a.tostype('row_sparse')
col, row = mx.nd.array([[1], [2], [3]]), mx.nd.array([[1, 2, 3]])
show("retain dense", lambda: mx.nd.sparse.retain(a, mx.nd.array([0])))
show("retain csr", lambda: mx.nd.sparse.retain(c, mx.nd.array([0])))
show("retain one input", lambda: mx.nd.sparse.retain(a, invalid_arg=3))
show("retain extra kwarg", lambda: mx.nd.sparse.retain(r, mx.nd.array([2, 0]), invalid_arg=3))
show("retain unsorted rows", lambda: mx.nd.sparse.retain(r, mx.nd.array([2, 0])).indices)
for name, fn in [("c+0", lambda: c + 0), ("c-0", lambda: c - 0.0), ("r+0", lambda: r + 0), ("0+c", lambda: 0 + c),
                 ("r-0", lambda: r - 0), ("c+1", lambda: c + 1), ("0-r", lambda: 0 - r),
                 ("plus_scalar 0", lambda: mx.nd._internal._plus_scalar(r, scalar=0)),
                 ("minus_scalar 0", lambda: mx.nd._internal._minus_scalar(c, scalar=0.0)),
                 ("plus_scalar 1", lambda: mx.nd._internal._plus_scalar(r, scalar=1)),
                 ("c/col", lambda: c / col), ("c/row", lambda: c / row),
                 ("divide c,col", lambda: mx.nd.sparse.divide(c, col)), ("divide r,col", lambda: mx.nd.sparse.divide(r, col)),
                 ("divide c,a", lambda: mx.nd.sparse.divide(c, a + 1)),
                 ("r*col", lambda: r * col), ("r*row", lambda: mx.nd.sparse.multiply(r, row)), ("c*col", lambda: c * col),
                 ("r*a", lambda: r * a), ("multiply a,c", lambda: mx.nd.sparse.multiply(a, c)),
                 ("multiply a,r", lambda: mx.nd.sparse.multiply(a, r)),
                 ("c-a", lambda: mx.nd.sparse.subtract(c, a)), ("c+c bcast", lambda: c + csr(np.ones((1, 3)))),
                 ("r*r bcast", lambda: r * rsp(np.ones((1, 3)))),
                 ("dot tA", lambda: mx.nd.dot(c, a, transpose_a=True)), ("dot tA tB", lambda: mx.nd.dot(c, a, transpose_a=True, transpose_b=True)),
                 ("dot tB", lambda: mx.nd.dot(c, a, transpose_b=True)), ("dot dns csr", lambda: mx.nd.dot(a, c)),
                 ("nd.array csr", lambda: mx.nd.array(c)), ("nd.array rsp f64", lambda: mx.nd.array(r, dtype='float64').dtype),
                 ("sparse.array dense", lambda: mx.nd.sparse.array(np.ones((2, 2)))),
                 ("crop int", lambda: mx.nd.crop(a, begin=1, end=3)), ("crop csr int", lambda: mx.nd.crop(c, begin=1, end=3)),
                 ("slice csr 1-axis", lambda: mx.nd.slice(c, begin=(1,), end=(3,))),
                 ("slice csr None", lambda: mx.nd.slice(c, begin=(1, None), end=(3, 2))),
                 ("sparse.slice step1", lambda: mx.nd.sparse.slice(c, begin=(0,), end=(2,), step=(1,))),
                 ("rsp[1]", lambda: r[1]), ("rsp[0:1]", lambda: r[0:1]),
                 ("csr[5:]", lambda: c[5:]), ("csr[2:1]", lambda: c[2:1]), ("csr[-1]", lambda: c[-1]),
                 ("csr[np.int64]", lambda: c[np.int64(1)]), ("csr[list]", lambda: c[[0, 2]]),
                 ("csr copyto rsp", lambda: c.copyto(mx.nd.zeros((3, 3), stype='row_sparse'))),
                 ("rsp copyto csr", lambda: r.copyto(mx.nd.zeros((3, 3), stype='csr'))),
                 ("dense copyto csr", lambda: a.copyto(mx.nd.zeros((3, 3), stype='csr'))),
                 ("csr copyto dense", lambda: c.copyto(mx.nd.zeros((3, 3)))),
                 ("fc bias n1", lambda: mx.nd.FullyConnected(mx.nd.ones((2, 3)), mx.nd.ones((4, 3)), mx.nd.ones((4, 1)),
                                                              num_hidden=4)),
                 ("fc sparse bias", lambda: mx.nd.sparse.FullyConnected(c, a.tostype('row_sparse'), col.tostype('row_sparse'),
                                                                         num_hidden=3)),
                 ("fc sparse bias kw", lambda: mx.nd.FullyConnected(a, a, num_hidden=3, bias=col.tostype('row_sparse')))]:
    show(name, fn)

x = mx.sym.Variable('x')
for to in ('csr', 'row_sparse', 'default'):
    ex = mx.sym.cast_storage(x, stype=to).bind(mx.cpu(), {'x': a}, args_grad={'x': mx.nd.zeros((3, 3), stype=to)})
    ex.forward(is_train=True)
    ex.backward(ex.outputs[0])
    print("sym cast_storage", to, ex.outputs[0].stype, ex.grad_dict['x'].stype, ex.grad_dict['x'].asnumpy().tolist())

"""nd.norm of a sparse array: only its sparse kernels (all-element L2, csr along one axis) need float32/float64;
other forms fall back to the dense kernel for any dtype; an axis out of range is refused. _square_sum on row_sparse
takes axis 0 or 1 only."""
import mxnet as mx, numpy as np
D = np.array([[1., 0, 2, 0], [0, 0, 0, 0], [0, 3, 0, 4]], dtype=np.float32)
for dt in ['int32', 'int64', 'float16', 'float32']:
    for kind in ['csr', 'row_sparse']:
        x = mx.nd.array(D, dtype=dt).tostype(kind)
        for kw in [{}, {'axis': 0}, {'axis': 1}, {'axis': 1, 'keepdims': True}, {'axis': 2}, {'axis': -3}, {'axis': (0, 1)}, {'ord': 1, 'axis': 1}, {'ord': 1}]:
            try:
                y = mx.nd.norm(x, **kw); print(dt, kind, kw, y.stype, y.dtype, y.asnumpy().tolist())
            except Exception as e:
                print(dt, kind, kw, type(e).__name__)
r = mx.nd.sparse.row_sparse_array(D)
for kw in [{'axis': 0}, {'axis': 1, 'keepdims': True}, {'axis': -1}, {'axis': 2}, {}]:
    try:
        y = mx.nd._internal._square_sum(r, **kw); print('square_sum', kw, y.stype, y.asnumpy().tolist())
    except Exception as e:
        print('square_sum', kw, type(e).__name__)

"""Sparse with dense of one shape, and with scalars, with nan/inf/-0.0 around: csr/row_sparse - dense is -dense plus
the stored values; csr + dense and elemwise_add keep the dense value where unstored; broadcast_add of row_sparse adds
whole dense views; a stored -0.0 plus 0 is 0; csr kernels take float32/float64 only."""
import mxnet as mx, numpy as np
A = np.array([[1., 0, np.nan, 0], [0, 0, 0, 0], [0, -0.0, np.inf, 4]], dtype=np.float32)
B = np.array([[2., np.nan, 0, 0], [0, 3, 0, 0], [np.inf, 0, -np.inf, 0]], dtype=np.float32)
mk = {'csr': lambda M: mx.nd.array(M).tostype('csr'), 'rsp': lambda M: mx.nd.array(M).tostype('row_sparse'), 'dns': lambda M: mx.nd.array(M)}
for l in mk:
    for r in mk:
        for op in ['+', '-', '*', '/']:
            try:
                y = eval(f"mk[l](A) {op} mk[r](B)"); print(l, op, r, y.stype, y.asnumpy().tobytes().hex())
            except Exception as e:
                print(l, op, r, type(e).__name__)
        for fn in ['elemwise_add', 'elemwise_sub', 'elemwise_mul', 'elemwise_div', 'maximum', 'minimum', 'broadcast_mul', 'broadcast_div', 'broadcast_add']:
            try:
                y = getattr(mx.nd, fn)(mk[l](A), mk[r](B)); print(l, fn, r, y.stype, y.asnumpy().tobytes().hex())
            except Exception as e:
                print(l, fn, r, type(e).__name__)
    for s in [0, 2, -1.5, float('nan'), float('inf')]:
        for op in ['+', '-', '*', '/', '**']:
            try:
                y = eval(f"mk[l](A) {op} s"); print(l, op, s, y.stype, y.asnumpy().tobytes().hex())
                y = eval(f"s {op} mk[l](A)"); print(s, op, l, y.stype, y.asnumpy().tobytes().hex())
            except Exception as e:
                print(l, op, s, type(e).__name__)
A = np.array([[1., 0, 5, 0], [0, 0, 0, 0], [0, -2, 3, 4]], dtype=np.float32)
B = np.array([[np.nan, np.nan, 0, -0.0], [0, -0.0, 0, 0], [np.inf, 0, -np.inf, 4]], dtype=np.float32)
for kind in ['csr', 'row_sparse']:
    s, d = mx.nd.array(A).tostype(kind), mx.nd.array(B)
    for label, f in [('s-d', lambda: s - d), ('d-s', lambda: d - s), ('s+d', lambda: s + d), ('d+s', lambda: d + s),
                     ('ew_add s,d', lambda: mx.nd.elemwise_add(s, d)), ('ew_add d,s', lambda: mx.nd.elemwise_add(d, s)),
                     ('bc_add s,d', lambda: mx.nd.broadcast_add(s, d)), ('bc_add d,s', lambda: mx.nd.broadcast_add(d, s)),
                     ('ew_sub', lambda: mx.nd.elemwise_sub(s, d)), ('bc_sub', lambda: mx.nd.broadcast_sub(s, d))]:
        print(kind, label, f().asnumpy().tobytes().hex())
R = mx.nd.sparse.row_sparse_array(np.array([[-0.0, 1], [0, 0]], dtype=np.float32))
print((R + 0).data.asnumpy().tobytes().hex(), (R - 0).data.asnumpy().tobytes().hex(), (0 + R).data.asnumpy().tobytes().hex(),
      mx.nd._internal._plus_scalar(R, scalar=0.0).data.asnumpy().tobytes().hex(),
      mx.nd._internal._minus_scalar(R, scalar=0.0).data.asnumpy().tobytes().hex())
A3 = np.array([[1, 0, 5, 0], [0, 0, 0, 0], [0, -2, 3, 4]])
for dt in ['int32', 'float16', 'int64', 'float64']:
    for kind in ['csr', 'row_sparse']:
        s, d = mx.nd.array(A3, dtype=dt).tostype(kind), mx.nd.array(A3, dtype=dt)
        for label, f in [('s+d', lambda: s + d), ('d+s', lambda: d + s), ('ew s,d', lambda: mx.nd.elemwise_add(s, d)), ('ew d,s', lambda: mx.nd.elemwise_add(d, s)), ('bc s,d', lambda: mx.nd.broadcast_add(s, d)), ('bc d,s', lambda: mx.nd.broadcast_add(d, s)), ('s-d', lambda: s - d), ('d-s', lambda: d - s)]:
            try:
                print(dt, kind, label, f().asnumpy().tolist())
            except Exception as e:
                print(dt, kind, label, type(e).__name__)

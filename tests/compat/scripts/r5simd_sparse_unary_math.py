# nd.sparse unary math on csr / row_sparse values computes as the dense operators (C library, float constants)
import mxnet as mx
import numpy as np

rs = np.random.RandomState(1)
dense = rs.uniform(-3, 3, (12, 10)) * (rs.uniform(size=(12, 10)) > 0.5)
for dt in ['float32', 'float64', 'float16']:
    x = mx.nd.array(dense, dtype=dt)
    for st in ['csr', 'row_sparse']:
        s = x.tostype(st)
        for op in ['sin', 'tan', 'arctan', 'sinh', 'tanh', 'arcsinh', 'expm1', 'log1p', 'degrees', 'radians', 'cbrt']:
            y = getattr(mx.nd.sparse, op)(s)
            print(dt, st, op, y.stype, y.tostype('default').asnumpy().tobytes().hex())
        u = mx.nd.array(dense / 3.5, dtype=dt).tostype(st)
        print(dt, st, mx.nd.sparse.arcsin(u).asnumpy().tobytes().hex(), mx.nd.sparse.arctanh(u).asnumpy().tobytes().hex())
        print(dt, st, mx.nd.sparse.relu(mx.nd.array(-dense, dtype=dt).tostype(st)).asnumpy().tobytes().hex())
        print(dt, st, s.sin().asnumpy().tobytes().hex())

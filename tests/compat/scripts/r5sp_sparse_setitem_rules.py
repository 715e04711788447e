"""Assignment into a sparse array: keys other than [:] (TypeError, AssertionError, ValueError by kind), dense values
of another shape or dtype (MXNetError), sparse values of the other storage type and lists (TypeError)."""
import mxnet as mx, numpy as np
D = np.array([[1., 0, 2, 0], [0, 0, 0, 0], [0, 3, 0, 4]], dtype=np.float32)
for kind in ['csr', 'row_sparse']:
    for key in ['0', '...', '(0, 1)', 'slice(0, 2)', 'None', '[0]', 'np.int64(0)', 'True', '1.5', 'slice(None, None, 2)']:
        for val in ['1', 'mx.nd.ones((3, 4))', '[1, 2, 3, 4]']:
            x = mx.nd.array(D).tostype(kind)
            try:
                exec(f"x[{key}] = {val}"); print(kind, key, val, x.asnumpy().tolist())
            except Exception as e:
                print(kind, key, val, type(e).__name__)
    for val in ['mx.nd.ones((1, 4))', 'mx.nd.ones((3, 4), dtype="int32")', 'mx.nd.ones((4,))', '[1, 2, 3, 4]', '(1, 2, 3, 4)', 'np.ones((1, 4))', 'np.ones((3, 4), dtype="int32")', 'np.float32(2)', 'mx.nd.ones((3, 4), dtype="float64")', 'mx.nd.sparse.zeros("csr", (3, 4), dtype="float64")', 'mx.nd.sparse.zeros("row_sparse", (3, 4), dtype="float64")', 'mx.nd.sparse.zeros("row_sparse", (2, 4))', 'x', '"a"', 'None']:
        x = mx.nd.array(D).tostype(kind)
        try:
            exec(f"x[:] = {val}"); print(kind, val, x.stype, x.dtype, x.asnumpy().tolist())
        except Exception as e:
            print(kind, val, type(e).__name__)

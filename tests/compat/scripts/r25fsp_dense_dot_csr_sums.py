"""dense @ csr (and csr.T) into a dense result (forward_stype='default'): each output column sums its products one
stored entry after another in the csr's row-major order, as MXNet's kernel (float32 to the last bit)."""
# recorded on AVX2
import numpy as np
import mxnet as mx

nd = mx.nd
rs = np.random.RandomState(3)
for case in range(60):
    m, n, k = rs.randint(1, 6), rs.randint(1, 8), rs.randint(1, 6)
    tb = bool(rs.rand() < .5)
    a = rs.randn(m, n).astype("float32")
    shape = (k, n) if tb else (n, k)
    c = (rs.randn(*shape) * (rs.rand(*shape) < .5)).astype("float32")
    for dtype in ("float32", "float64"):
        r = nd.dot(nd.array(a, dtype=dtype), nd.array(c, dtype=dtype).tostype("csr"), transpose_b=tb,
                   forward_stype="default")
        print(case, dtype, f"transpose_b={tb}", r.shape, r.asnumpy().ravel().tolist())

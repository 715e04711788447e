"""float64 Deconvolutions' weight gradients into grad_req='add' buffers: MXNet's own kernel's gemm adds each inner block of positions onto the buffer in turn (long single-row products too), not the whole product once; data and bias gradients alongside. md5 of the bits and the first values."""
# recorded on AVX2
import hashlib
import numpy as np
import mxnet as mx

np.set_printoptions(precision=17)
rs = np.random.RandomState(344)
CASES = [(1, 64, (63, 69), (3, 2), (1, 1), (0, 1), 64), (1, 64, (20, 20), (3, 2), (1, 1), (0, 1), 64),
         (1, 8, (63, 69), (3, 2), (1, 1), (0, 1), 8), (2, 4, (30, 41), (3, 3), (2, 2), (1, 1), 1),
         (1, 6, (50, 50), (2, 2), (1, 1), (0, 0), 2), (3, 8, (12, 10), (3, 3), (1, 1), (1, 1), 8)]
for n, c, size, kernel, stride, pad, groups in CASES:
    x = mx.nd.array(rs.uniform(-1, 1, (n, c) + size), dtype="float64")
    w = mx.nd.array(rs.normal(size=(c, c // groups) + kernel) * 0.2, dtype="float64")
    b = mx.nd.array(rs.normal(size=(c,)), dtype="float64")
    for v in (x, w, b):
        v.attach_grad(grad_req="add")
    for _ in range(2):
        with mx.autograd.record():
            y = mx.nd.Deconvolution(x, w, b, kernel=kernel, stride=stride, pad=pad, num_filter=c, num_group=groups,
                                    no_bias=False)
        y.backward(mx.nd.array(rs.normal(size=y.shape), dtype="float64"))
    dx, dw, db = x.grad.asnumpy(), w.grad.asnumpy(), b.grad.asnumpy()
    print(n, c, size, kernel, stride, pad, groups, y.shape, dw.ravel()[:2])
    print("  dw", hashlib.md5(dw.tobytes()).hexdigest(), "dx", hashlib.md5(dx.tobytes()).hexdigest(),
          "db", hashlib.md5(db.tobytes()).hexdigest())

"""The interleaved attention operators as MXNet's CPU kernels: scores scaled after the product (the gemm's
alpha), float32 data only."""
import numpy as np
import mxnet as mx

rs = np.random.RandomState(0)
for L, B, H, D in ((3, 2, 2, 2), (5, 3, 4, 8)):
    x = mx.nd.array(rs.uniform(-1, 1, (L, B, H * 3 * D)))
    q = mx.nd.array(rs.uniform(-1, 1, (L, B, H * D)))
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.contrib.interleaved_matmul_selfatt_qk(x, heads=H)
        loss = (y * y).sum()
    loss.backward()
    e = mx.nd.contrib.interleaved_matmul_encdec_qk(q, x[:, :, :H * 2 * D], heads=H)
    print(L, B, H, D, y.asnumpy().ravel().tolist(), e.asnumpy().ravel()[:20].tolist(), x.grad.asnumpy().ravel()[:30].tolist())
for dtype in ("float64", "float16"):
    try:
        mx.nd.contrib.interleaved_matmul_selfatt_qk(mx.nd.ones((3, 2, 12), dtype=dtype), heads=2).asnumpy()
        print(dtype, "accepted")
    except mx.base.MXNetError:
        print(dtype, "MXNetError")

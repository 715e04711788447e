"""nd.sparse.zeros_like is the operator: recorded by autograd (a zero gradient of the input's storage type), its result of the input's storage type and dtype."""
# recorded on AVX2
import mxnet as mx

for st in ["default", "csr", "row_sparse"]:
    for dtype in ["float32", "float64"]:
        x = mx.nd.array([[0, 0.5, 0], [0, 0, 0], [2, 0, -0.3]], dtype=dtype).tostype(st)
        x.attach_grad()
        try:
            with mx.autograd.record():
                y = mx.nd.sparse.zeros_like(x)
            y.backward()
            print(st, dtype, y.stype, y.dtype.__name__, y.asnumpy().tolist(), x.grad.stype, x.grad.asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(st, dtype, "MXNetError", str(e).splitlines()[-1][:120])

"""multinomial's log-probabilities at every data dtype, and its refusal of integer data."""
import mxnet as mx

for dtype in ("float16", "float32", "float64"):
    mx.random.seed(5)
    data = mx.nd.array([[0.1, 0.2, 0.7], [0.3, 0.3, 0.4]], dtype=dtype)
    idx, logp = mx.nd.random.multinomial(data, shape=3, get_prob=True)
    print(dtype, idx.asnumpy().tolist(), logp.dtype.__name__, [repr(v) for v in logp.asnumpy().ravel().tolist()])
try:
    mx.nd.random.multinomial(mx.nd.array([[1, 2]], dtype="int32")).asnumpy()
except mx.base.MXNetError:
    print("int32 data: MXNetError")

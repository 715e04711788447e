"""LayerNorm / GroupNorm with a parameter of another float type than the data (as under amp): MXNet's type check, with its source line and nothing more; InstanceNorm, BatchNorm and L2Normalization run."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd

x = nd.ones((2, 3, 4), dtype="float16")
for name, f in [
        ("LayerNorm gamma", lambda: nd.LayerNorm(x, nd.ones(4), nd.zeros(4))),
        ("LayerNorm beta", lambda: nd.LayerNorm(x, nd.ones(4, dtype="float16"), nd.zeros(4))),
        ("LayerNorm float64 gamma", lambda: nd.LayerNorm(nd.ones((2, 4)), nd.ones(4, dtype="float64"), nd.zeros(4))),
        ("GroupNorm gamma", lambda: nd.GroupNorm(nd.ones((2, 4, 3), dtype="float16"), nd.ones(2), nd.zeros(2),
                                                 num_groups=2)),
        ("GroupNorm beta", lambda: nd.GroupNorm(nd.ones((2, 4, 3)), nd.ones(2), nd.zeros(2, dtype="float16"),
                                                num_groups=2)),
        ("InstanceNorm", lambda: nd.InstanceNorm(x, nd.ones(3), nd.zeros(3))),
        ("BatchNorm", lambda: nd.BatchNorm(x, nd.ones(3), nd.zeros(3), nd.zeros(3), nd.ones(3))),
        ("L2Normalization", lambda: nd.L2Normalization(x))]:
    try:
        y = f()
        print(name, y.dtype.__name__, y.asnumpy().ravel()[:2])
    except Exception as e:
        print(name, type(e).__name__, " | ".join(str(e).strip().splitlines()))

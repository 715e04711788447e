# An operator whose shape inference fails reports it whole: the input shapes (None: unknown rank, -1: unknown
# size), the output shapes it reached, the attributes given, and a blank last line, at imperative_utils.h:147.
# recorded on AVX2
import mxnet as mx
from mxnet import nd

v, m = nd.ones(3), nd.ones((2, 3))
zero_d = mx.np.array(1.).as_nd_ndarray()        # a 0-d array: of unknown shape to the legacy operators
np_zero_d = mx.np.ones(3).sum()                 # (NumPy semantics off)
CASES = [
    ("gemm", lambda: nd.linalg.gemm(v, v, v)), ("gemm2", lambda: nd.linalg.gemm2(v, v, transpose_a=True, alpha=2.0)),
    ("gelqf", lambda: nd.linalg.gelqf(v)), ("syevd", lambda: nd.linalg.syevd(v)),
    ("syrk", lambda: nd.linalg.syrk(v, alpha=0.5)), ("sumlogdiag", lambda: nd.linalg.sumlogdiag(v)),
    ("trmm", lambda: nd.linalg.trmm(v, v)), ("trsm", lambda: nd.linalg.trsm(v, v, rightside=True)),
    ("sample_uniform", lambda: nd.sample_uniform(nd.ones(2), v, shape=(2,))),
    ("sample_gamma", lambda: nd.sample_gamma(nd.ones(2), v)),
    ("where vectors", lambda: nd.where(nd.ones(2), v, v)), ("where rows", lambda: nd.where(m, v, v)),
    ("scatter_nd", lambda: nd.scatter_nd(v, nd.array([[0, 1, 2]]), shape=(-1,))),
    ("tile", lambda: nd.tile(m, reps=(0,))), ("tile 2", lambda: nd.tile(m, reps=(2, 0))),
    ("one_hot", lambda: nd.one_hot(zero_d, 3)), ("relu", lambda: nd.relu(zero_d)),
    ("plus scalar", lambda: zero_d + 1), ("broadcast_add", lambda: zero_d + v), ("sum", lambda: nd.sum(zero_d)),
    ("FullyConnected", lambda: nd.FullyConnected(zero_d, m, num_hidden=2, no_bias=True)),
    ("sgd_update", lambda: nd.sgd_update(zero_d, zero_d, lr=0.1)),
    ("np divide", lambda: np_zero_d / 0), ("np rsubtract", lambda: 1 - np_zero_d), ("np power", lambda: np_zero_d ** 2),
    ("np multiply", lambda: np_zero_d * mx.np.ones(3)), ("np sqrt", lambda: mx.np.sqrt(np_zero_d)),
    ("np sum", lambda: mx.np.sum(np_zero_d)), ("np greater", lambda: np_zero_d > 0),
    ("np zeros", lambda: mx.np.zeros((2, 0))), ("np ones", lambda: mx.np.ones((2, -1), dtype="int32")),
    ("np full", lambda: mx.np.full((-1,), 3.5)), ("np identity", lambda: mx.np.identity(0, dtype="int32")),
    ("np indices", lambda: mx.np.indices((2, -1), dtype="float32")),
    ("np zeros_like", lambda: mx.np.zeros_like(np_zero_d)), ("np full_like", lambda: mx.np.full_like(np_zero_d, 2)),
    ("np trace", lambda: mx.np.trace(mx.np.ones(3))), ("np svd", lambda: mx.np.linalg.svd(mx.np.ones(3))),
    ("np concatenate", lambda: mx.np.concatenate([np_zero_d, np_zero_d], axis=0)),
]
for name in ("uniform", "normal", "exponential", "gamma", "poisson", "negative_binomial"):
    for shape in ((), (2, 0)):
        CASES.append((f"random.{name} {shape}", lambda name=name, shape=shape: getattr(nd.random, name)(shape=shape)))
for label, fn in CASES:
    try:
        r = fn()
        r.wait_to_read()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))

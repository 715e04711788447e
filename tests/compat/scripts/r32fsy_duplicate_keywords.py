"""Symbol functions given a keyword they set themselves fail with the TypeError naming MXNet's function (symbol._full, symbol._histogram, Symbol methods, generated ops)."""
# recorded on AVX2
import mxnet as mx

S = mx.sym
x = S.var("x")
CALLS = [
    lambda: S.zeros((2,), shape=(3,)), lambda: S.ones((2,), shape=3), lambda: S.full((2,), 3, value=2),
    lambda: S.full((2,), 3, shape=(1,)), lambda: S.full((2,), 3, dtype="int32", name="f", **{"value": 1}),
    lambda: S.eye(3, N=2), lambda: S.eye(3, 0, 0, M=2),
    lambda: S.histogram(x, bin_cnt=3, range=(0, 1)), lambda: S.histogram(x, range=(0, 1), data=x),
    lambda: S.histogram(x, bins=S.var("b"), data=x), lambda: S.histogram(x, 3, (0, 1), range=(0, 2)),
    lambda: x.expand_dims(1, axis=2), lambda: x.squeeze(None, axis=1), lambda: x.diag(1, k=2),
    lambda: x.flatten(data=x), lambda: x.reshape((2,), data=x), lambda: x.astype("float16", dtype="int32"),
    lambda: x.transpose(data=x), lambda: x.sum(data=x), lambda: x.clip(0, 1, a_min=2), lambda: x.split(2, num_outputs=3),
    lambda: S.random.shuffle(x, data=x), lambda: S.random.uniform_like(x, data=x), lambda: S.contrib.arange_like(x, data=x),
    lambda: S.linalg.gemm2(x, x, A=x), lambda: S.arange(3, start=1), lambda: S.linspace(0, 1, 3, num=2),
    lambda: S.relu(x, data=x), lambda: S.FullyConnected(x, data=x, num_hidden=2),
]
for call in CALLS:
    try:
        print(call().list_arguments())
    except Exception as e:
        print(type(e).__name__, e)

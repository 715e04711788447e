"""mx.np results of arrays in pinned or shared memory: an operator's output is on plain cpu(i), a copy (astype,
copy) or a view (x[0], x[0, 0]) stays in that memory; repr shows the context."""
# recorded on AVX2
import mxnet as mx

np = mx.np
CALLS = [
    ("astype", lambda x: x.astype("int32")), ("astype float64", lambda x: x.astype("float64")),
    ("copy", lambda x: x.copy()),
    ("zeros_like", np.zeros_like), ("ones_like", np.ones_like), ("full_like", lambda x: np.full_like(x, 7)),
    ("argmax", lambda x: x.argmax()), ("argmin axis", lambda x: np.argmin(x, axis=1)), ("all", np.all), ("any", np.any),
    ("argsort", np.argsort), ("unique", np.unique), ("nonzero", lambda x: np.nonzero(x)[0]),
    ("average", np.average), ("percentile", lambda x: np.percentile(x, 50)), ("isnan", np.isnan),
    ("isfinite", np.isfinite), ("round", np.round), ("around", lambda x: np.around(x, 1)),
    ("x == x", lambda x: x == x), ("x > 1", lambda x: x > 1), ("x + 1", lambda x: x + 1), ("exp", np.exp),
    ("sum", np.sum), ("x[0]", lambda x: x[0]), ("x[0, 0]", lambda x: x[0, 0]),
    ("x[1, 2]", lambda x: x[1, 2]), ("x[:, 0]", lambda x: x[:, 0]),
    ("bincount", lambda x: np.bincount(x.astype("int32").reshape(-1))),
]
for ctx in [mx.cpu_pinned(0), mx.cpu_pinned(2), mx.Context("cpu_shared", 1)]:
    x = np.array([[1.5, 0.0, 2.0], [3.0, 1.0, 0.5]], ctx=ctx)
    for name, call in CALLS:
        res = call(x)
        print(f"{str(ctx):15} {name:14} {str(res.ctx):15} {res!r}".replace("\n", " "))

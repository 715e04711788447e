"""A negative device id: the first CPU for cpu and cpu_shared; a GPU or pinned memory asks CUDA for its current device,
which a build without CUDA refuses (an operator's ctx attribute then fails to parse)."""
# recorded on AVX2
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


makers = {
    "nd.zeros": lambda c: mx.nd.zeros((2,), ctx=c).context, "nd.ones": lambda c: mx.nd.ones((2,), ctx=c).context,
    "nd.empty": lambda c: mx.nd.empty((2,), ctx=c).context, "nd.full": lambda c: mx.nd.full((2,), 3, ctx=c).context,
    "nd.array": lambda c: mx.nd.array([1, 2], ctx=c).context, "nd.arange": lambda c: mx.nd.arange(3, ctx=c).context,
    "nd.eye": lambda c: mx.nd.eye(2, ctx=c).context, "copyto": lambda c: mx.nd.ones((2,)).copyto(c).context,
    "as_in_context": lambda c: mx.nd.ones((2,)).as_in_context(c).context,
    "sparse.zeros": lambda c: mx.nd.sparse.zeros("csr", (2, 2), ctx=c).context,
    "sparse.rsp": lambda c: mx.nd.sparse.row_sparse_array(([[1., 2]], [0]), shape=(2, 2), ctx=c).context,
    "nd.random.normal": lambda c: mx.nd.random.normal(shape=(2,), ctx=c).context,
    "nd.random_uniform": lambda c: mx.nd.random_uniform(shape=(2,), ctx=c).context,
    "np.zeros": lambda c: mx.np.zeros((2,), ctx=c).ctx, "np.empty": lambda c: mx.np.empty((2,), ctx=c).ctx,
    "np.array": lambda c: mx.np.array([1, 2], ctx=c).ctx, "np.full": lambda c: mx.np.full((2,), 3, ctx=c).ctx,
    "np.random.uniform": lambda c: mx.np.random.uniform(size=(2,), ctx=c).ctx,
    "as_in_ctx": lambda c: mx.np.ones((2,)).as_in_ctx(c).ctx,
    "result of an op": lambda c: (mx.nd.zeros((2,), ctx=c) + 1).context,
    "random.seed": lambda c: mx.random.seed(1, ctx=c),
}
for ctx in [mx.cpu(-1), mx.cpu(-3), mx.Context("cpu_shared", -2), mx.cpu_pinned(-1), mx.gpu(-1)]:
    for name, make in makers.items():
        attempt(f"{ctx} {name}", lambda: make(ctx))
    with ctx:
        attempt(f"with {ctx}: nd.zeros", lambda: mx.nd.zeros((1,)).context)
for label, ctx in [("gpu(-1)", mx.gpu(-1)), ("cpu_pinned(-2)", mx.cpu_pinned(-2)), ("cpu('1')", mx.cpu("1")),
                   ("Context('cpu', 1.5)", mx.Context("cpu", 1.5))]:
    attempt(f"{label}.empty_cache()", ctx.empty_cache)

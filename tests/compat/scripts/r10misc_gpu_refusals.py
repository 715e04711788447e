"""A CPU-only build refuses a GPU in three ways: an operator run there, an allocation there, a copy there."""
import mxnet as mx

g = mx.gpu()
calls = [("nd.zeros", lambda: mx.nd.zeros((2,), ctx=g)), ("nd.ones", lambda: mx.nd.ones((2,), ctx=g)),
         ("nd.arange", lambda: mx.nd.arange(3, ctx=g)), ("nd.linspace", lambda: mx.nd.linspace(0, 1, 3, ctx=g)),
         ("nd.eye", lambda: mx.nd.eye(2, ctx=g)), ("np.zeros", lambda: mx.np.zeros((2,), ctx=g)),
         ("np.ones", lambda: mx.np.ones((2,), ctx=g)), ("np.full", lambda: mx.np.full((2,), 3, ctx=g)),
         ("np.arange", lambda: mx.np.arange(3, ctx=g)), ("np.linspace", lambda: mx.np.linspace(0, 1, 3, ctx=g)),
         ("np.logspace", lambda: mx.np.logspace(0, 1, 3, ctx=g)), ("np.eye", lambda: mx.np.eye(2, ctx=g)),
         ("np.identity", lambda: mx.np.identity(2, ctx=g)), ("np.indices", lambda: mx.np.indices((2,), ctx=g)),
         ("nd.array", lambda: mx.nd.array([1, 2], ctx=g)), ("nd.empty", lambda: mx.nd.empty((2,), ctx=g)),
         ("nd.full", lambda: mx.nd.full((2,), 1, ctx=g)), ("np.array", lambda: mx.np.array([1, 2], ctx=g)),
         ("np.empty", lambda: mx.np.empty((2,), ctx=g)), ("copyto", lambda: mx.nd.ones((2,)).copyto(g)),
         ("as_in_context", lambda: mx.nd.ones((2,)).as_in_context(g)),
         ("as_in_ctx", lambda: mx.np.ones((2,)).as_in_ctx(g)),
         ("nd.random.uniform", lambda: mx.nd.random.uniform(shape=(2,), ctx=g)),
         ("nd.random.randint", lambda: mx.nd.random.randint(0, 3, shape=(2,), ctx=g)),
         ("np.random.normal", lambda: mx.np.random.normal(0, 1, size=(2,), ctx=g)),
         ("Parameter.initialize", lambda: mx.gluon.Parameter("w", shape=(2,)).initialize(ctx=g))]
for label, call in calls:
    try:
        call()
        print(label, "ok")
    except mx.MXNetError as e:
        # a native check's message follows "MXNetError: " after MXNet's C++ trace
        print(label, ([l[12:] for l in str(e).splitlines() if l.startswith("MXNetError: ")] or [str(e)])[0])

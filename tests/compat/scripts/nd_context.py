# Contexts: placement of creation results, mixed-context ops, gpu requests without GPUs, context scopes.
import mxnet as mx
from mxnet import nd
a = nd.ones((2,), ctx=mx.cpu(1))
b = nd.ones((2,))
for f in [lambda: a + b, lambda: nd.concat(a, b, dim=0), lambda: a.as_in_context(mx.cpu(0)).context, lambda: a.copyto(b), lambda: nd.ones((2,), ctx=mx.gpu(0)),
          lambda: nd.zeros((2,), ctx=mx.gpu()), lambda: a.as_in_context(mx.gpu(0)), lambda: mx.gpu(0), lambda: mx.context.num_gpus(), lambda: mx.Context("cpu", 2), lambda: mx.Context(mx.cpu(3)),
          lambda: mx.cpu(1) == mx.Context("cpu", 1), lambda: str(mx.cpu_pinned(0)), lambda: mx.cpu().device_type, lambda: mx.cpu(2).device_id, lambda: hash(mx.cpu()) == hash(mx.cpu(0)),
          lambda: nd.ones((2,), ctx="cpu"), lambda: nd.array([1, 2], ctx=mx.cpu(1)).context, lambda: (a * 2).context, lambda: nd.dot(a, a).context,
          lambda: nd.random.uniform(shape=(2,), ctx=mx.cpu(2)).context, lambda: nd.arange(3, ctx=mx.cpu(1)).context, lambda: nd.eye(2, ctx=mx.cpu(1)).context,
          lambda: nd.full((2,), 3, ctx=mx.cpu(1)).context, lambda: nd.linspace(0, 1, 3, ctx=mx.cpu(1)).context, lambda: nd.zeros_like(a).context]:
    try:
        r = f(); print(type(r).__name__, r)
    except Exception as e: print("error", type(e).__name__)
with mx.Context(mx.cpu(5)):
    print(nd.ones((1,)).context, mx.current_context())
print(mx.current_context())

"""MXNet's import sets the importing thread's default context, so Context._default_ctx.value reads cpu(0) at once, while a new thread's is set at its first current_context()."""
import threading

import mxnet as mx

print(hasattr(mx.Context._default_ctx, "value"), mx.Context._default_ctx.value)
seen = []


def in_thread():
    seen.append(hasattr(mx.Context._default_ctx, "value"))
    seen.append(str(mx.current_context()))
    seen.append(str(mx.Context._default_ctx.value))


with mx.cpu(1):
    worker = threading.Thread(target=in_thread)
    worker.start()
    worker.join()
    print(seen, mx.current_context(), mx.Context._default_ctx.value)
print(mx.current_context(), mx.Context._default_ctx.value)
print(mx.nd.ones((2,)).context, mx.nd.ones((2,), ctx=mx.cpu(2)).context)

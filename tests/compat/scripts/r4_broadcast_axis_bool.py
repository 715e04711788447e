# broadcast_axis on bool data: an unchanged shape is a copy (any dtype); a real broadcast has no bool kernel
import mxnet as mx
x = mx.nd.array([[1], [0]], dtype="bool")
for t in ["x.broadcast_axes()", "mx.nd.broadcast_axis(x, axis=1, size=3)", "mx.nd.broadcast_to(x, shape=(2, 3))", "mx.nd.broadcast_like(x, mx.nd.ones((2, 3)))",
          "mx.nd.broadcast_axis(x)", "mx.nd.broadcast_axis(mx.nd.array([[1], [0]], dtype='int8'), axis=1, size=2)"]:
    try:
        r = eval(t); print(t, r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:
        print(t, "ERR", type(e).__name__)

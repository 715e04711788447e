# Index operators on bool indices: MXNet's kernels have no bool case and fail when the result is read
import mxnet as mx
t = mx.nd.array([[1, 0, 1]], dtype="bool")
for name, fn in [("bool data int idx", lambda: mx.nd.gather_nd(mx.nd.array([[1, 0], [0, 1]], dtype="bool"), mx.nd.array([[0, 1]], dtype="int32"))),
                 ("float data bool idx", lambda: mx.nd.gather_nd(mx.nd.array([[1, 2], [3, 4]]), mx.nd.array([[1, 0]], dtype="bool"))),
                 ("ravel bool", lambda: mx.nd.ravel_multi_index(mx.nd.array([[1, 0]], dtype="bool"), shape=(2,))),
                 ("unravel bool", lambda: mx.nd.unravel_index(mx.nd.array([1, 0], dtype="bool"), shape=(2,))),
                 ("scatter_nd bool", lambda: mx.nd.scatter_nd(mx.nd.array([1, 0], dtype="bool"), mx.nd.array([[0, 1]]), shape=(2,))),
                 ("take bool idx", lambda: mx.nd.take(mx.nd.array([1, 2]), mx.nd.array([1, 0], dtype="bool"))),
                 ("pick bool idx", lambda: mx.nd.pick(mx.nd.array([[1, 2]]), mx.nd.array([1], dtype="bool"))),
                 ("one_hot bool", lambda: mx.nd.one_hot(mx.nd.array([1, 0], dtype="bool"), 3))]:
    try:
        r = fn(); print(name, "call ok"); print("  ", r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:
        print(name, "ERR", type(e).__name__)

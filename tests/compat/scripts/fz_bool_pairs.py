"""Two legacy bool arrays in a binary operator: MXNet's kernels have no bool case, so the call returns an
array of the result's shape and type and reading it raises; a bool array with a number computes in int64."""
import mxnet as mx

b = mx.nd.array([[1, 0], [0, 1]], dtype="bool")
row = mx.nd.array([1, 0], dtype="bool")
calls = [("b + b", lambda: b + b), ("b - b", lambda: b - b), ("b * b", lambda: b * b), ("b / b", lambda: b / b),
         ("b == b", lambda: b == b), ("b > row", lambda: b > row), ("b ** b", lambda: b ** b)]
for name in ("broadcast_add", "broadcast_sub", "broadcast_mul", "broadcast_div", "broadcast_mod", "broadcast_power",
             "broadcast_maximum", "broadcast_minimum", "broadcast_hypot", "broadcast_equal", "broadcast_not_equal",
             "broadcast_greater", "broadcast_lesser", "broadcast_logical_and", "broadcast_logical_or",
             "broadcast_logical_xor", "elemwise_add", "elemwise_sub", "elemwise_mul", "elemwise_div"):
    calls.append((name, lambda name=name: getattr(mx.nd, name)(b, b)))
for label, f in calls:
    try:
        y = f()
    except mx.base.MXNetError:
        print(label, "MXNetError at the call")
        continue
    print(label, y.shape, y.dtype.__name__, end=" ")
    try:
        print(y.asnumpy().tolist())
    except mx.base.MXNetError:
        print("MXNetError on reading")
for label, f in [("b + 1", lambda: b + 1), ("b * 2.5", lambda: b * 2.5), ("3 - b", lambda: 3 - b)]:
    y = f()
    print(label, y.dtype.__name__, y.asnumpy().tolist())

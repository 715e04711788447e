"""mx.np subtract/mod of two integer dtypes: MXNet's broadcasting kernel mixes them, its same-shape kernel
(taken for equal shapes and for a one-element result) refuses them when the result is read."""
from mxnet import np, npx

npx.set_np()

for a, b in [("int8", "int32"), ("int32", "int64"), ("uint8", "int32"), ("bool", "int32")]:
    for sa, sb in [((1,), ()), ((), (1,)), ((1, 1), (1,)), ((1, 1), ()), ((1, 3), (3,)), ((2, 3), (3,)), ((2, 1), (1, 3)),
                   ((3,), (1,)), ((2,), (2,)), ((1, 1), (1, 1)), ((2, 3), (3, 2))]:
        for op in ["-", "%"]:
            x, y = np.full(sa, 7, dtype=a), np.full(sb, 3, dtype=b)
            try:
                r = x - y if op == "-" else x % y
                print(a, sa, op, b, sb, "->", r.dtype, r.tolist())
            except Exception as e:  # noqa: BLE001
                print(a, sa, op, b, sb, "raises", type(e).__name__)

"""In-place arithmetic broadcasts the right side to the array's own shape; a result of another shape is refused."""
import mxnet as mx

nd = mx.nd
for dtype in ("float32", "int32", "uint8"):
    for op in ("+=", "-=", "*=", "%="):
        for rhs in ([[2], [3]], [2, 3, 4], [2], [[[2]]], [[1, 2, 3], [4, 5, 6]]):
            x = nd.array([[5, 7, 9], [100, 3, 1]], dtype=dtype)
            y = nd.array(rhs, dtype=dtype)
            try:
                if op == "+=":
                    x += y
                elif op == "-=":
                    x -= y
                elif op == "*=":
                    x *= y
                else:
                    x %= y
                print(dtype, op, rhs, x.asnumpy().tolist())
            except mx.base.MXNetError as e:
                text = str(e)
                print(dtype, op, rhs, "MXNetError", text[text.index("Shape inconsistent"):].split(": an")[0].strip())

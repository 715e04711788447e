"""np.dot and np.matmul refuse bool, integer (and matmul float16) operands in their kernels' words, even for an empty result, when it is read."""
import mxnet as mx

mx.npx.set_np()
np = mx.np


def check_line(err):
    """The message's check line without MXNet's prefix or trace."""
    lines = [ln for ln in str(err).splitlines() if "Check failed" in ln or "operation" in ln or "enum" in ln]
    return (lines[0] if lines else str(err).splitlines()[0]).replace("MXNetError: ", "").replace("mshadow: :", "mshadow::")


SHAPES = [((2, 3), (3, 2)), ((0, 3), (3, 2)), ((2, 3), (3, 0)), ((0, 3), (3,)), ((3,), (3,)), ((2, 0, 3), (3, 2))]
for dtype in ("bool", "int8", "uint8", "int32", "int64", "float16"):
    for name in ("dot", "matmul"):
        for sa, sb in SHAPES:
            result = getattr(np, name)(np.ones(sa, dtype=dtype), np.ones(sb, dtype=dtype))
            head = f"{name} {dtype} {sa} {sb}: {result.dtype} {result.shape}"
            try:
                result.wait_to_read()
                print(head, result.tolist())
            except mx.MXNetError as err:
                print(head, "read fails:", check_line(err))

"""np.tensordot, inner, outer and vdot of bool or integer arrays fail when read, in the words of the kernel MXNet picks for int axes or axes pairs."""
import mxnet as mx

mx.npx.set_np()
np = mx.np


def check_line(err):
    """The message's line without MXNet's prefix or trace."""
    lines = [ln for ln in str(err).splitlines() if ln.startswith("MXNetError:")] or str(err).splitlines()
    return lines[0].replace("MXNetError: ", "").replace("mshadow: :", "mshadow::")


CALLS = ["np.tensordot(a, b, 1)", "np.tensordot(a, b, ([1], [0]))", "np.inner(a, b.T)", "np.inner(a, np.ones(3, dtype=dtype))",
         "np.outer(a, b)", "np.vdot(a, a)"]
for dtype in ("bool", "int8", "int32", "uint8", "int64"):
    for call in CALLS:
        for sa, sb in (((2, 3), (3, 2)), ((0, 3), (3, 2)), ((2, 3), (3, 0))):
            a, b = np.ones(sa, dtype=dtype), np.ones(sb, dtype=dtype)
            result = eval(call)
            head = f"{call} {dtype} {sa} {sb}: {result.dtype} {result.shape}"
            try:
                result.wait_to_read()
                print(head, result.tolist())
            except mx.MXNetError as err:
                print(head, "read fails:", check_line(err))

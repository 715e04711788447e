"""mx.np std/var of empty float arrays give NaN where the first axis longer than 1 is reduced, and fail when read otherwise."""
import mxnet as mx

mx.npx.set_np()
np = mx.np


def check_line(err):
    """The check message without MXNet's own prefix."""
    lines = [ln for ln in str(err).splitlines() if "Check failed" in ln]
    return (lines[0] if lines else str(err).splitlines()[0]).replace("MXNetError: ", "")


CASES = [((1, 0), 1), ((1, 0), -1), ((0, 2, 3), (0, 2)), ((3, 0), 1), ((2, 3, 0), (1, 2)), ((2, 0, 3), (1, 2)),
         ((1, 1, 0), 2), ((1, 3, 0), 2), ((1, 3, 0), (0, 2)), ((0, 1, 2), (0, 2)), ((1, 0, 2), 2), ((0, 2, 3), 0)]
for shape, axis in CASES:
    for name in ("std", "var"):
        for keepdims in (False, True):
            result = getattr(np.zeros(shape), name)(axis=axis, keepdims=keepdims)
            head = f"{name}{shape} axis={axis} keepdims={keepdims}: {result.dtype} {result.shape}"
            try:
                result.wait_to_read()
                print(head, result.tolist())
            except mx.MXNetError as err:
                print(head, "read fails:", check_line(err))

"""mx.np sum/mean/prod/std/var of empty arrays with an empty result fail when read, naming the size MXNet's kernel folds."""
import mxnet as mx

mx.npx.set_np()
np = mx.np


def check_line(err):
    """The check message without MXNet's own prefix."""
    lines = [ln for ln in str(err).splitlines() if "Check failed" in ln]
    return (lines[0] if lines else str(err).splitlines()[0]).replace("MXNetError: ", "")


CASES = [((2, 0, 3), 0), ((2, 0, 3), 1), ((2, 0, 3), (0, 2)), ((2, 0, 3), (1, 2)), ((4, 0, 5, 3), 2),
         ((4, 0, 5, 3), (0, 3)), ((0, 3), 1), ((3, 0), 0), ((3, 0), 1), ((2, 3, 0), 1), ((2, 3, 0), 2),
         ((0, 2, 3), 1), ((0, 3), (0, 1)), ((2, 0), -1)]
for shape, axis in CASES:
    for name in ("sum", "mean", "prod", "std", "var"):
        result = getattr(np, name)(np.zeros(shape), axis=axis)
        head = f"{name}{shape} axis={axis}: {result.dtype} {result.shape}"
        try:
            result.wait_to_read()
            print(head, result.tolist())
        except mx.MXNetError as err:
            print(head, "read fails:", check_line(err))

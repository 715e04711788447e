"""mx.np reductions refuse axes out of range with MXNet's shape checks: below -ndim, at or above ndim, and max/min's index check."""
import mxnet as mx

mx.npx.set_np()
np = mx.np
a = np.ones((2, 3))
for name in ("sum", "mean", "prod", "max", "min", "var", "std", "all", "any"):
    for axis in (5, -3, (0, 5), 2, (1, -4)):
        try:
            getattr(np, name)(a, axis=axis).wait_to_read()
            print(name, axis, "ok")
        except mx.MXNetError as err:
            line = [ln for ln in str(err).splitlines() if "Check failed" in ln][0]
            print(name, axis, "->", line.replace("MXNetError: ", ""))

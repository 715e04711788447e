"""mx.np max and min over an empty axis are refused when called, in MXNet's words (which say maximum for both); an empty result is fine."""
import mxnet as mx

mx.npx.set_np()
np = mx.np

for shape, axis in [((0, 3), None), ((0, 3), 0), ((0, 3), 1), ((3, 0), 0), ((2, 0, 3), 1), ((2, 0, 3), (0, 1)),
                    ((0,), None), ((0,), 0), ((1, 0, 2), (0, 2))]:
    for name in ("max", "min"):
        try:
            result = getattr(np, name)(np.zeros(shape), axis=axis)
            print(name, shape, axis, "->", result.shape, result.tolist())
        except mx.MXNetError as err:
            line = [ln for ln in str(err).splitlines() if "Check failed" in ln][0]
            print(name, shape, axis, "->", line.replace("MXNetError: ", ""))

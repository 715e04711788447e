"""mx.np operators take (and ignore) a name= keyword, as every MXNet operator does; other unknown keywords fail."""
import mxnet as mx
np = mx.np
mx.npx.set_np()

x = np.array([[1.5, -2., 0.], [3.25, -0., 4.]])
for f in ("sum", "prod", "product", "max", "min", "amax", "amin", "all", "any", "sometrue", "cumsum", "around", "round",
          "round_", "trace", "diagonal", "diag", "diagflat", "squeeze", "transpose", "atleast_1d", "atleast_2d",
          "atleast_3d"):
    fn = getattr(np, f)
    for kw in ({"name": "n"}, {"foo": 1}):
        try:
            r = fn(x, **kw)
            print(f, kw, r.dtype, r.shape, r.asnumpy().tolist())
        except Exception as e:      # the error class is part of the behaviour
            print(f, kw, type(e).__name__)

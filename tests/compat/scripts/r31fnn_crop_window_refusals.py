"""Crop windows that do not fit (a larger crop_like, offsets out of range) fail when read, with MXNet's words and source lines."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, sym

cases = [((2, 1, 4, 4), (1, 1, 4, 5), {}), ((2, 1, 4, 4), (1, 1, 5, 4), {}),
         ((2, 1, 4, 4), None, {"h_w": (2, 2), "offset": (3, 1)}), ((2, 1, 4, 4), None, {"h_w": (2, 2), "offset": (1, 3)}),
         ((2, 1, 4, 4), None, {"h_w": (2, 2), "offset": (-1, 1)}), ((2, 1, 4, 4), None, {"h_w": (2, 2), "offset": (1, -1)}),
         ((2, 1, 4, 4), (1, 1, 2, 3), {"offset": (1, 2)}), ((2, 1, 4, 4), (1, 1, 2, 3), {"offset": (0, 1)})]
for data, like, kw in cases:
    xs = [nd.ones(data)] + ([nd.ones(like)] if like else [])
    y = nd.Crop(*xs, num_args=len(xs), **kw)
    print(data, like, kw, "shape", y.shape)
    try:
        print("  read", y.asnumpy().sum())
    except Exception as e:
        print("  " + "\n  ".join(str(e).splitlines()))
    args = {"a": xs[0]}
    inputs = [sym.var("a")]
    if like:
        args["b"] = xs[1]
        inputs.append(sym.var("b"))
    ex = sym.Crop(*inputs, num_args=len(inputs), name="crop", **kw).bind(mx.cpu(), args)
    try:
        print("  graph", ex.forward()[0].asnumpy().sum())
    except Exception as e:
        print("  graph", type(e).__name__, [l for l in str(e).splitlines() if "Check failed" in l])

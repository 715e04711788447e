"""slice_axis, slice, slice_like and Crop refuse bad windows in MXNet's check words, with no operator name."""
import re

import mxnet as mx


def essential(error):
    """The first line holding the check, without a C++ traceback, source position or repeated type name."""
    lines = str(error).strip().split("\n")
    line = next((x for x in lines if "Check failed" in x), lines[-1])
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", re.sub(r"^MXNetError: ", "", line))


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:          # noqa: BLE001 - the exception type and message are compared
        print(label, "raised", type(e).__name__, essential(e))


x = mx.nd.arange(24).reshape((2, 3, 4))
for axis, begin, end in [(1, 0, 4), (1, 4, None), (1, -4, None), (1, 2, 1), (3, 0, 1), (-4, 0, 1), (2, -1, None)]:
    attempt(f"slice_axis {axis} {begin} {end}", lambda: mx.nd.slice_axis(x, axis=axis, begin=begin, end=end).shape)
    attempt(f"sym slice_axis {axis} {begin} {end}", lambda: mx.sym.slice_axis(
        mx.sym.var("a"), axis=axis, begin=begin, end=end).infer_shape(a=(2, 3, 4))[1])
for begin, end, step in [((0, 0, 0, 0), (1, 1, 1, 1), ()), ((0,), (1,), (0,)), ((0, 0), (1,), ())]:
    attempt(f"slice {begin} {end} {step}", lambda: mx.nd.slice(x, begin=begin, end=end, step=step).shape)
for axes in [(), (2,), (-1,), (-4,), (3,), (0, 2), (2, 7)]:
    for like in [(1, 2, 5), (1, 2), (1, 2, 3), (3, 3, 5)]:
        attempt(f"slice_like {axes} {like}", lambda: mx.nd.slice_like(x, mx.nd.zeros(like), axes=axes).shape)
        attempt(f"sym slice_like {axes} {like}", lambda: mx.sym.slice_like(
            mx.sym.var("a"), mx.sym.var("b"), axes=axes).infer_shape(a=(2, 3, 4), b=like)[1])
image = mx.nd.zeros((1, 1, 4, 4))
attempt("crop too high", lambda: mx.nd.Crop(image, h_w=(5, 2)).shape)
attempt("crop empty", lambda: mx.nd.Crop(image, h_w=(0, 2)).shape)
attempt("crop 2-D", lambda: mx.nd.Crop(mx.nd.zeros((4, 4)), h_w=(2, 2)).shape)
attempt("broadcast_to rank", lambda: mx.nd.broadcast_to(mx.nd.ones(3), shape=(2, 3)).shape)

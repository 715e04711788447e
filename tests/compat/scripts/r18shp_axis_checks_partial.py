"""repeat, moments, nearest UpSampling and argmax_channel over partly known data: MXNet's axis and size checks."""
import mxnet as mx
from _words import words

S = mx.sym


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


for scale in (1, 2, 3):
    up = S.UpSampling(S.var("a"), scale=scale, sample_type="nearest", name="u")
    for shape in [(2, 3, 4, 4), (2, 3, 0, 4), (2, 3, 4, 0), (0, 3, 4, 4), (2, 0, 4, 4), (2, 3, 4), (5,)]:
        attempt(f"UpSampling scale={scale} {shape}", lambda: up.infer_shape_partial(a=shape))
for axis in (None, 0, 1, -1, -2, 2):
    rep = S.repeat(S.var("a"), repeats=2, name="r", **({} if axis is None else {"axis": axis}))
    for shape in [(0,), (2, 0), (0, 3), (3,), (2, 3)]:
        attempt(f"repeat axis={axis} {shape}", lambda: rep.infer_shape_partial(a=shape))
for axes in [(0,), (1,), (0, 1), (2,), (-1,)]:
    mom = S.moments(S.var("a"), axes=axes, name="m")
    for shape in [(0,), (2, 0), (0, 3), (3,), (2, 3), (0, 0, 0)]:
        attempt(f"moments axes={axes} {shape}", lambda: mom.infer_shape_partial(a=shape))
for shape in [(4,), (0,), (2, 3), (0, 3), (2, 3, 4)]:
    attempt(f"argmax_channel {shape}", lambda: S.argmax_channel(S.var("a"), name="m").infer_shape_partial(a=shape))
    attempt(f"argmax axis=1 {shape}", lambda: S.argmax(S.var("a"), axis=1, name="m").infer_shape_partial(a=shape))
